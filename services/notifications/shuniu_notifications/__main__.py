from shuniu_shared.runtime import serve_service

from shuniu_notifications.bootstrap import DEFINITION

serve_service(DEFINITION)
