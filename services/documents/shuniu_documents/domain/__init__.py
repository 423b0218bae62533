"""The documents domain: 收文 and 发文 as aggregates, the regulation's values and rules. No I/O."""
