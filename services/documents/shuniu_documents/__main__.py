from shuniu_shared.runtime import serve_service

from shuniu_documents.bootstrap import DEFINITION

serve_service(DEFINITION)
