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
