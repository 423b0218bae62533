from shuniu_shared.runtime import serve_service

from shuniu_meetings.bootstrap import DEFINITION

serve_service(DEFINITION)
