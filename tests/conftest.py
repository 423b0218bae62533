pytest_plugins = ["shuniu_infra.pytest_plugin"]
