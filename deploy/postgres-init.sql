-- One database per Shuniu service that owns data (每个服务一个数据库).
--
-- Run once by the postgres image's entrypoint, as the POSTGRES_USER (shuniu), which therefore owns
-- every database below. The entrypoint runs /docker-entrypoint-initdb.d only when the data volume
-- is empty: on a volume that already has a cluster, create a new service's database by hand
-- (`docker compose exec postgres createdb -U shuniu <name>`).
--
-- Each service owns its database and no service reads another's tables (CONVENTIONS.md): separate
-- databases, not schemas, so that a service can be moved to its own server by changing one URL.
-- The gateway owns no data and has no database. tests/test_compose_matches_stack.py checks that
-- every database named in docker-compose.yml is created here.

CREATE DATABASE documents;    -- 办文
CREATE DATABASE meetings;     -- 办会
CREATE DATABASE supervision;  -- 督办
CREATE DATABASE reception;    -- 接待与事务
CREATE DATABASE projection;   -- 看板（读模型）
CREATE DATABASE notifications; -- 通知
CREATE DATABASE duty; -- 值班
