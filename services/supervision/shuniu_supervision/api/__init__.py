"""督办的 HTTP 接口。 The routes: HTTP in, a handler call, JSON out."""
