"""HTTP: translate a request into a handler call and the result into JSON, nothing else."""
