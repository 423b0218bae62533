"""督办的领域：督办事项及其规则，纯粹无 I/O。 The supervision domain: the task and its rules, without I/O."""
