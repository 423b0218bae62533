from shuniu_shared.runtime import serve_service

from shuniu_reception.bootstrap import DEFINITION

serve_service(DEFINITION)
