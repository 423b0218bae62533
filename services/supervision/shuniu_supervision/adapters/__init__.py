"""督办的读模型表及其查询。 The read-model tables (written inline with the events) and the queries over them."""
