from shuniu_shared.runtime import serve_service

from shuniu_supervision.bootstrap import DEFINITION

serve_service(DEFINITION)
