from shuniu_shared.runtime import serve_service

from shuniu_duty.bootstrap import DEFINITION

serve_service(DEFINITION)
