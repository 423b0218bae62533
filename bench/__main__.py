"""`python -m bench [--quick]`: the whole of `make bench` (bench/suite.py)."""

from bench.suite import main

main()
