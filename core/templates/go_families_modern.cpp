// ModelDesk's Go templates for current formats Ollama does not detect:
// Qwen 2.5 (ChatML with tools) and Qwen 3 (and <think>), Llama 3.1+ (ipython tool
// results), DeepSeek-R1 (<think>), Mistral v7/Tekken ([AVAILABLE_TOOLS],
// [TOOL_CALLS], [TOOL_RESULTS]) and Phi-4 (<|im_sep|>). Written for ModelDesk
// from each publisher's documented prompt format.
#include "core/templates/go_families.h"

namespace md::templates {

namespace {

// Each message: `$last` says whether it is the final one.
constexpr const char* kRange = "{{- range $i, $_ := .Messages }}\n{{- $last := eq (len (slice $.Messages $i)) 1 }}\n";

std::string qwenTemplate(bool thinking) {
  return std::string(R"({{- if or .System .Tools }}<|im_start|>system
{{ if .System }}{{ .System }}{{ end }}
{{- if .Tools }}{{ if .System }}

{{ end }}# Tools

The functions below are available. Their signatures, one JSON object per line, are inside <tools></tools>:
<tools>
{{- range .Tools }}
{{ json . }}
{{- end }}
</tools>

To call a function, answer with a JSON object naming it and its arguments inside <tool_call></tool_call>:
<tool_call>
{"name": <function name>, "arguments": <arguments as a JSON object>}
</tool_call>
{{- end }}<|im_end|>
{{ end }})") +
         kRange + R"({{- if eq .Role "user" }}<|im_start|>user
{{ .Content }}<|im_end|>
{{ else if eq .Role "assistant" }}<|im_start|>assistant
)" +
         (thinking ? R"({{ if .Thinking }}<think>
{{ .Thinking }}
</think>

{{ end }})"
                   : "") +
         R"({{ .Content }}
{{- range .ToolCalls }}
<tool_call>
{"name": "{{ .Function.Name }}", "arguments": {{ json .Function.Arguments }}}
</tool_call>
{{- end }}{{ if not $last }}<|im_end|>
{{ end }}
{{- else if eq .Role "tool" }}<|im_start|>user
<tool_response>
{{ .Content }}
</tool_response><|im_end|>
{{ end }}
{{- if and $last (ne .Role "assistant") }}<|im_start|>assistant
{{ end }}
{{- end }})";
}

const std::string kLlama31 = std::string(R"({{- if or .System .Tools }}<|start_header_id|>system<|end_header_id|>

{{ if .System }}{{ .System }}{{ end }}
{{- if .Tools }}{{ if .System }}

{{ end }}Environment: ipython{{ end }}<|eot_id|>
{{- end }}
)") + kRange + R"({{- if eq .Role "user" }}<|start_header_id|>user<|end_header_id|>

{{ if and $.Tools $last }}You can call the functions below. To call one, answer with only a JSON object {"name": function name, "parameters": an object of argument names and values}.

{{ range $.Tools }}{{ json . }}

{{ end }}{{ end }}{{ .Content }}<|eot_id|>
{{- else if eq .Role "assistant" }}<|start_header_id|>assistant<|end_header_id|>

{{ if .ToolCalls }}{{ range .ToolCalls }}{"name": "{{ .Function.Name }}", "parameters": {{ json .Function.Arguments }}}{{ end }}{{ else }}{{ .Content }}{{ end }}
{{- if not $last }}<|eot_id|>{{ end }}
{{- else if eq .Role "tool" }}<|start_header_id|>ipython<|end_header_id|>

{{ .Content }}<|eot_id|>
{{- end }}
{{- if and $last (ne .Role "assistant") }}<|start_header_id|>assistant<|end_header_id|>

{{ end }}
{{- end }})";

const std::string kDeepSeekR1 = std::string(R"({{- if .System }}{{ .System }}{{ end }}
)") + kRange + R"({{- if eq .Role "user" }}<｜User｜>{{ .Content }}
{{- else if eq .Role "assistant" }}<｜Assistant｜>
{{- if and $last .Thinking }}<think>
{{ .Thinking }}
</think>

{{ end }}{{ .Content }}{{ if not $last }}<｜end▁of▁sentence｜>{{ end }}
{{- end }}
{{- if and $last (ne .Role "assistant") }}<｜Assistant｜>{{ end }}
{{- end }})";

const std::string kMistralV7 = std::string(R"({{- if .System }}[SYSTEM_PROMPT]{{ .System }}[/SYSTEM_PROMPT]{{ end }}
)") + kRange + R"({{- if eq .Role "user" }}
{{- if and $.Tools $last }}[AVAILABLE_TOOLS]{{ json $.Tools }}[/AVAILABLE_TOOLS]{{ end }}[INST]{{ .Content }}[/INST]
{{- else if eq .Role "assistant" }}{{ .Content }}
{{- if .ToolCalls }}[TOOL_CALLS][{{ range $j, $call := .ToolCalls }}{{ if $j }}, {{ end }}{"name": "{{ $call.Function.Name }}", "arguments": {{ json $call.Function.Arguments }}}{{ end }}]{{ end }}
{{- if not $last }}</s>{{ end }}
{{- else if eq .Role "tool" }}[TOOL_RESULTS]{{ .Content }}[/TOOL_RESULTS]
{{- end }}
{{- end }})";

const std::string kPhi4 = std::string(R"({{- if .System }}<|im_start|>system<|im_sep|>{{ .System }}<|im_end|>{{ end }}
)") + kRange + R"({{- if eq .Role "user" }}<|im_start|>user<|im_sep|>{{ .Content }}<|im_end|>
{{- else if eq .Role "assistant" }}<|im_start|>assistant<|im_sep|>{{ .Content }}{{ if not $last }}<|im_end|>{{ end }}
{{- end }}
{{- if and $last (ne .Role "assistant") }}<|im_start|>assistant<|im_sep|>{{ end }}
{{- end }})";

} // namespace

std::vector<GoTemplateFamily> modernFamilies() {
  return {
      {"qwen2.5", "Qwen 2.5 (ChatML, tools)", false, qwenTemplate(false), {"<|im_start|>", "<|im_end|>"}},
      {"qwen3", "Qwen 3 (ChatML, tools, thinking)", false, qwenTemplate(true), {"<|im_start|>", "<|im_end|>"}},
      {"llama3.1",
       "Llama 3.1+ (tools)",
       false,
       kLlama31,
       {"<|start_header_id|>", "<|end_header_id|>", "<|eot_id|>", "<|eom_id|>"}},
      {"deepseek-r1",
       "DeepSeek-R1 (thinking)",
       false,
       kDeepSeekR1,
       {"<｜begin▁of▁sentence｜>", "<｜end▁of▁sentence｜>", "<｜User｜>", "<｜Assistant｜>"}},
      {"mistral-v7", "Mistral v7 / Tekken (tools)", false, kMistralV7, {"[INST]", "[/INST]", "</s>"}},
      {"phi-4", "Phi-4", false, kPhi4, {"<|im_start|>", "<|im_end|>", "<|im_sep|>"}},
  };
}

} // namespace md::templates
