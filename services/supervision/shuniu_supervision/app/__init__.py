"""督办的应用层：命令处理、来源事件的流程管理、时限。 Command handlers, process managers and the deadline clock."""
