{{/* Selector labels of Axon Server's pods. */}}
{{- define "axonserver.selectorLabels" -}}
app.kubernetes.io/name: axonserver
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/* Labels on every object of the chart. */}}
{{- define "axonserver.labels" -}}
{{ include "axonserver.selectorLabels" . }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
app.kubernetes.io/part-of: messaging
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end }}

{{/* The name of the StatefulSet and of its pods' prefix. */}}
{{- define "axonserver.name" -}}axonserver{{- end }}

{{/* The host name clients are told to connect to: the gRPC Service's DNS name. */}}
{{- define "axonserver.hostname" -}}
{{- .Values.axonserver.hostname | default (printf "%s.%s.svc.%s" .Values.service.name .Release.Namespace .Values.clusterDomain) -}}
{{- end }}

{{/*
The restricted security context of a container; call with (dict "uid" 1001 "gid" 1001) and,
optionally, "readOnlyRootFilesystem" false.
*/}}
{{- define "axonserver.containerSecurityContext" -}}
runAsNonRoot: true
runAsUser: {{ .uid }}
runAsGroup: {{ .gid }}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: {{ hasKey . "readOnlyRootFilesystem" | ternary .readOnlyRootFilesystem true }}
privileged: false
capabilities:
  drop:
    - ALL
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{/* The pod security context that goes with it; call with (dict "uid" 1001 "gid" 1001). */}}
{{- define "axonserver.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: {{ .uid }}
runAsGroup: {{ .gid }}
fsGroup: {{ .gid }}
seccompProfile:
  type: RuntimeDefault
{{- end }}
