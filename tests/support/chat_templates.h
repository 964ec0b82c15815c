#pragma once
// Chat templates for the template tests: two of Ollama's references, a Qwen 3 style one (tools,
// tool results, thinking) and one with tools and thinking but no tool round
// trip, and a Go TEMPLATE line that has a round trip.

namespace md::testing {

// Ollama's openchat reference (index 4), as a GGUF carries it.
inline constexpr const char* kOpenChat =
    "{{ bos_token }}{% for message in messages %}{{ 'GPT4 Correct ' + message['role'].title() + ': ' + "
    "message['content'] + '<|end_of_turn|>'}}{% endfor %}{% if add_generation_prompt %}{{ 'GPT4 Correct "
    "Assistant:' }}{% endif %}";

// Ollama's first llama3-instruct reference (index 23).
inline constexpr const char* kLlama3 =
    "{% set loop_messages = messages %}{% for message in loop_messages %}{% set content = '<|start_header_id|>' + "
    "message['role'] + '<|end_header_id|>\n\n'+ message['content'] | trim + '<|eot_id|>' %}{% if loop.index0 == 0 "
    "%}{% set content = bos_token + content %}{% endif %}{{ content }}{% endfor %}{% if add_generation_prompt %}{{ "
    "'<|start_header_id|>assistant<|end_header_id|>\n\n' }}{% endif %}";

// Qwen 3 style: ChatML with tools, tool results and thinking (no reference is near it).
inline constexpr const char* kQwen3 = R"({%- if tools %}{{- '<|im_start|>system\n' }}# Tools
You may call functions. <tools>{%- for tool in tools %}{{ tool | tojson }}{%- endfor %}</tools>
Return <tool_call>{"name": ..., "arguments": ...}</tool_call><|im_end|>
{%- endif %}
{%- for message in messages %}
{%- if message.role == "user" %}{{ '<|im_start|>user\n' + message.content + '<|im_end|>\n' }}
{%- elif message.role == "assistant" %}{{ '<|im_start|>assistant\n' }}
{%- if message.reasoning %}{{ '<think>\n' + message.reasoning + '\n</think>\n\n' }}{%- endif %}
{{- message.content }}{%- for call in message.tool_calls %}<tool_call>{{ call | tojson }}</tool_call>{%- endfor %}<|im_end|>
{%- elif message.role == "tool" %}{{ '<|im_start|>user\n<tool_response>\n' + message.content + '\n</tool_response><|im_end|>\n' }}
{%- endif %}
{%- endfor %}
{%- if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{%- endif %})";

// Tools and thinking, but no tool round trip: a Go TEMPLATE with one wins on 0.30+ and loses thinking.
inline constexpr const char* kThinker =
    "{% if tools %}{{ tools | tojson }}{% endif %}{% for m in messages %}<|im_start|>{{ m.role }}\n<think></think>"
    "{{ m.content }}<|im_end|>{% endfor %}";

inline constexpr const char* kRoundTripTemplate =
    "TEMPLATE \"\"\"{{ .Tools }}{{ range .Messages }}{{ if eq .Role \"tool\" }}"
    "{{ .Content }}{{ end }}{{ .ToolCalls }}{{ end }}{{ .Prompt }}\"\"\"\n";

} // namespace md::testing
