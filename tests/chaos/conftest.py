def pytest_configure(config):
    config.addinivalue_line(
        "markers", "chaos: generated bad input (schemathesis), the short form of make chaos"
    )
