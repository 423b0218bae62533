"""值班与突发事件信息报送 Duty and emergency information (issue 23, docs/rules.md §7)."""
