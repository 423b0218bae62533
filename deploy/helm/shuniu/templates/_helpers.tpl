{{/* The prefix of every object's name: the release's, unless it already says shuniu. */}}
{{- define "shuniu.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 40 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "shuniu.labels" -}}
app.kubernetes.io/part-of: shuniu
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{/* Selects one service's pods. Called with (dict "root" $ "name" $name). */}}
{{- define "shuniu.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{/* A service's settings: serviceDefaults overlaid with its own entry, as YAML. */}}
{{- define "shuniu.service" -}}
{{- $defaults := deepCopy .root.Values.serviceDefaults -}}
{{- $own := get .root.Values.services .name -}}
{{- toYaml (mustMergeOverwrite $defaults (deepCopy $own)) -}}
{{- end -}}

{{- define "shuniu.kafkaClusterName" -}}
{{- include "shuniu.fullname" . -}}
{{- end -}}

{{- define "shuniu.kafkaBootstrap" -}}
{{- if .Values.kafka.strimzi.enabled -}}
{{- printf "%s-kafka-bootstrap:%v" (include "shuniu.kafkaClusterName" .) .Values.kafka.port -}}
{{- else -}}
{{- required "kafka.bootstrap: name your brokers, or set kafka.strimzi.enabled" .Values.kafka.bootstrap -}}
{{- end -}}
{{- end -}}

{{/* The CloudNativePG cluster of one service. Called with (dict "root" $ "name" $name). */}}
{{- define "shuniu.databaseClusterName" -}}
{{- printf "%s-%s-db" (include "shuniu.fullname" .root) .name -}}
{{- end -}}

{{/*
Where one service's database is and which Secret holds its login, as YAML: from the CloudNativePG
cluster (whose operator writes the `<cluster>-app` Secret) or from the service's `database` entry.
*/}}
{{- define "shuniu.database" -}}
{{- $db := (get (get .root.Values.services .name) "database") | default dict -}}
{{- if .root.Values.postgres.cloudnativepg.enabled -}}
{{- $cluster := include "shuniu.databaseClusterName" . -}}
host: {{ printf "%s-rw" $cluster }}
port: 5432
name: {{ .name }}
existingSecret: {{ printf "%s-app" $cluster }}
usernameKey: username
passwordKey: password
{{- else -}}
host: {{ required (printf "services.%s.database.host: where is %s's PostgreSQL? (or set postgres.cloudnativepg.enabled)" .name .name) $db.host }}
port: {{ $db.port | default 5432 }}
name: {{ $db.name | default .name }}
existingSecret: {{ required (printf "services.%s.database.existingSecret: the Secret with %s's database login" .name .name) $db.existingSecret }}
usernameKey: {{ $db.usernameKey | default "username" }}
passwordKey: {{ $db.passwordKey | default "password" }}
{{- end -}}
{{- end -}}

{{/* Where a cluster's backups are: (dict "pg" .Values.postgres.cloudnativepg "serverName" folder). */}}
{{- define "shuniu.barmanObjectStore" -}}
{{- $backup := .pg.backup -}}
destinationPath: {{ required "postgres.cloudnativepg.backup.destinationPath: where backups go, e.g. s3://bucket/postgres" $backup.destinationPath }}
{{- with $backup.endpointURL }}
endpointURL: {{ . }}
{{- end }}
serverName: {{ .serverName }}
s3Credentials:
  accessKeyId:
    name: {{ required "postgres.cloudnativepg.backup.s3Credentials.existingSecret: the Secret with the object store's keys" $backup.s3Credentials.existingSecret }}
    key: {{ $backup.s3Credentials.accessKeyIdKey }}
  secretAccessKey:
    name: {{ $backup.s3Credentials.existingSecret }}
    key: {{ $backup.s3Credentials.secretAccessKeyKey }}
{{- end -}}

{{/*
A service's container environment, as a YAML list: the Deployment's pods and reception's
master-key rotation Job run with exactly the same settings. Called with (dict "root" $ "name" $name).
*/}}
{{- define "shuniu.environment" -}}
{{- $root := .root -}}
{{- $name := .name -}}
{{- $fullname := include "shuniu.fullname" $root -}}
{{- $svc := include "shuniu.service" (dict "root" $root "name" $name) | fromYaml -}}
{{- $ownsDatabase := ne $name "gateway" -}}
- name: SHUNIU_SERVICE
  value: {{ $name | quote }}
- name: SHUNIU_HTTP_HOST
  value: "0.0.0.0"
- name: SHUNIU_HTTP_PORT
  value: {{ $svc.port | quote }}
- name: SHUNIU_LOG_LEVEL
  value: {{ $svc.logLevel | quote }}
- name: SHUNIU_KAFKA_BOOTSTRAP
  value: {{ include "shuniu.kafkaBootstrap" $root | quote }}
# A pod is production: development keys, the demo sign-in and open /metrics are refused.
- name: SHUNIU_ENV
  value: "production"
- name: SHUNIU_METRICS_TOKEN
  valueFrom:
    secretKeyRef:
      name: {{ required "secrets.metricsToken.existingSecret: the Secret holding the token Prometheus presents at /metrics" $root.Values.secrets.metricsToken.existingSecret }}
      key: {{ $root.Values.secrets.metricsToken.key }}
{{- if $root.Values.auth.jwksUrl }}
- name: SHUNIU_JWT_JWKS_URL
  value: {{ $root.Values.auth.jwksUrl | quote }}
{{- else }}
- name: SHUNIU_JWT_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ required "secrets.jwt.existingSecret: the Secret holding the token secret (or set auth.jwksUrl)" $root.Values.secrets.jwt.existingSecret }}
      key: {{ $root.Values.secrets.jwt.key }}
{{- end }}
{{- if $ownsDatabase }}
{{- $db := include "shuniu.database" (dict "root" $root "name" $name) | fromYaml }}
# The login comes from the Secret; Kubernetes puts it into the URL ($(VAR) expansion),
# so the URL itself is never written anywhere.
- name: DATABASE_USERNAME
  valueFrom:
    secretKeyRef: {name: {{ $db.existingSecret }}, key: {{ $db.usernameKey }}}
- name: DATABASE_PASSWORD
  valueFrom:
    secretKeyRef: {name: {{ $db.existingSecret }}, key: {{ $db.passwordKey }}}
- name: SHUNIU_DATABASE_URL
  value: "postgresql+asyncpg://$(DATABASE_USERNAME):$(DATABASE_PASSWORD)@{{ $db.host }}:{{ $db.port }}/{{ $db.name }}"
{{- end }}
{{- if eq $name "gateway" }}
{{- range $upstream, $upstreamService := $root.Values.services }}
{{- if ne $upstream "gateway" }}
- name: SHUNIU_UPSTREAM_{{ upper $upstream }}
  value: "http://{{ $fullname }}-{{ $upstream }}:{{ $upstreamService.port }}"
{{- end }}
{{- end }}
{{- end }}
{{- if eq $name "reception" }}
- name: SHUNIU_RECEPTION_KEY_ENCRYPTION_KEY
  valueFrom:
    secretKeyRef:
      name: {{ required "secrets.receptionKeyEncryptionKey.existingSecret: the Secret holding reception's key-encryption key" $root.Values.secrets.receptionKeyEncryptionKey.existingSecret }}
      key: {{ $root.Values.secrets.receptionKeyEncryptionKey.key }}
{{- /* `default`s: a release upgraded with --reuse-values keeps its old values, which lack this entry */}}
{{- $previous := $root.Values.secrets.receptionPreviousKeyEncryptionKey | default dict }}
{{- if $previous.existingSecret }}
# Only while the master key is rotated (docs/deploy.md): the old key still opens what it wraps.
- name: SHUNIU_RECEPTION_PREVIOUS_KEY_ENCRYPTION_KEY
  valueFrom:
    secretKeyRef:
      name: {{ $previous.existingSecret }}
      key: {{ $previous.key | default "key-encryption-key" }}
{{- end }}
{{- end }}
{{- with $svc.extraEnv }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/*
Where a service's pods may connect, as a YAML list of egress rules: DNS, Kafka, its own database
and the object store (the gateway: the services behind it), and networkPolicy.extraEgress. The
reception's master-key rotation Job reaches the same places. Called with (dict "root" $ "name" $name).
*/}}
{{- define "shuniu.egress" -}}
{{- $root := .root -}}
{{- $name := .name -}}
{{- $svc := get $root.Values.services $name -}}
{{- $ownsDatabase := ne $name "gateway" -}}
- ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]
  to:
    - namespaceSelector: {}
      podSelector:
        matchLabels: {k8s-app: kube-dns}
- ports: [{port: {{ $root.Values.kafka.port }}}]
  to:
    {{- if $root.Values.kafka.strimzi.enabled }}
    - podSelector:
        matchLabels:
          strimzi.io/cluster: {{ include "shuniu.kafkaClusterName" $root }}
          strimzi.io/broker-role: "true"
    {{- else if $root.Values.kafka.networkPolicyPeers }}
    {{- toYaml $root.Values.kafka.networkPolicyPeers | nindent 4 }}
    {{- else }}
    {{- fail "kafka.networkPolicyPeers: where your brokers are (or set networkPolicy.enabled: false)" }}
    {{- end }}
{{- if $ownsDatabase }}
{{- $db := include "shuniu.database" (dict "root" $root "name" $name) | fromYaml }}
- ports: [{port: {{ $db.port }}}]
  to:
    {{- if $root.Values.postgres.cloudnativepg.enabled }}
    - podSelector:
        matchLabels:
          cnpg.io/cluster: {{ include "shuniu.databaseClusterName" (dict "root" $root "name" $name) }}
    {{- else if $svc.database.networkPolicyPeers }}
    {{- toYaml $svc.database.networkPolicyPeers | nindent 4 }}
    {{- else }}
    {{- fail (printf "services.%s.database.networkPolicyPeers: where %s's PostgreSQL is (or set networkPolicy.enabled: false)" $name $name) }}
    {{- end }}
{{- with $root.Values.objectStore.networkPolicyPeers }}
- ports:
    {{- range $root.Values.objectStore.ports }}
    - port: {{ . }}
    {{- end }}
  to:
    {{- toYaml . | nindent 4 }}
{{- end }}
{{- else }}
{{- range $upstream, $upstreamService := $root.Values.services }}
{{- if ne $upstream "gateway" }}
- ports: [{port: {{ $upstreamService.port }}}]
  to:
    - podSelector:
        matchLabels:
          {{- include "shuniu.selectorLabels" (dict "root" $root "name" $upstream) | nindent 10 }}
{{- end }}
{{- end }}
{{- end }}
{{- with $root.Values.networkPolicy.extraEgress }}
{{- toYaml . | nindent 0 }}
{{- end }}
{{- end -}}
