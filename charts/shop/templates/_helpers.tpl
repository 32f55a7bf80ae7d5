{{/* Labels on every object of the chart; call with (dict "root" $ "name" "user-service"). */}}
{{- define "shop.labels" -}}
{{ include "shop.selectorLabels" . }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
app.kubernetes.io/part-of: shop
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
{{- end }}

{{/* Selector labels of one component; call with (dict "root" $ "name" "user-service"). */}}
{{- define "shop.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end }}

{{/* Image of a service; call with (dict "root" $ "svc" $svc). */}}
{{- define "shop.serviceImage" -}}
{{- $g := .root.Values.image -}}
{{- $tag := .svc.image.tag | default $g.tag | default .root.Chart.AppVersion -}}
{{- if $g.registry -}}
{{- printf "%s/%s:%s" (trimSuffix "/" $g.registry) .svc.image.repository $tag -}}
{{- else -}}
{{- printf "%s:%s" .svc.image.repository $tag -}}
{{- end -}}
{{- end }}

{{/* Name of the Secret with a service's database credentials; call with the service's values. */}}
{{- define "shop.dbSecretName" -}}
{{- .database.existingSecret | default (printf "%s-db" .name) -}}
{{- end }}

{{/* Name, port and host of the chart's PostgreSQL. */}}
{{- define "shop.postgresql.name" -}}postgresql{{- end }}
{{- define "shop.postgresql.port" -}}5432{{- end }}

{{/* JDBC URL of a service; call with (dict "root" $ "key" "user" "svc" $svc). */}}
{{- define "shop.jdbcUrl" -}}
{{- if .svc.database.jdbcUrl -}}
{{- .svc.database.jdbcUrl -}}
{{- else if .root.Values.postgresql.enabled -}}
{{- printf "jdbc:postgresql://%s:%s/%s" (include "shop.postgresql.name" .root) (include "shop.postgresql.port" .root) .svc.database.name -}}
{{- else -}}
{{- fail (printf "services.%s.database.jdbcUrl is required when postgresql.enabled is false" .key) -}}
{{- end -}}
{{- end }}

{{/*
The restricted container security context (Pod Security Standard "restricted"); every container
of the chart uses it. Call with the user id and group id: (dict "uid" 1000 "gid" 1000).
*/}}
{{- define "shop.containerSecurityContext" -}}
runAsNonRoot: true
runAsUser: {{ .uid }}
runAsGroup: {{ .gid }}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
privileged: false
capabilities:
  drop:
    - ALL
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{/* The pod security context that goes with it; call with (dict "uid" 1000 "gid" 1000). */}}
{{- define "shop.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: {{ .uid }}
runAsGroup: {{ .gid }}
fsGroup: {{ .gid }}
seccompProfile:
  type: RuntimeDefault
{{- end }}
