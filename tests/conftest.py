import os

# The tests run as `make dev` does: development secrets and the demo sign-in allowed. A test of
# production sets SHUNIU_ENV=production on its own settings or process.
os.environ.setdefault("SHUNIU_ENV", "development")
os.environ.setdefault("SHUNIU_DEMO_SIGN_IN", "true")

pytest_plugins = ["shuniu_infra.pytest_plugin"]
