// ModelDesk's Go templates for the 19 families Ollama detects. They are
// generated from each format's turn markers, so every one handles the system
// prompt, the message history and the generation prompt the same way.
#include "core/templates/go_families.h"

namespace md::templates {

namespace {

struct TurnFormat {
  std::string systemOpen, systemClose; // around the system prompt
  std::string userOpen, userClose;
  std::string assistantOpen, assistantClose;
  bool systemInFirstUser = false; // the system prompt opens the first user turn instead of a turn of its own
};

// Go text/template: .System once, then each user and assistant message, then
// the assistant's opening when the last message is not the assistant's (a
// last assistant message is continued, so it stays open).
std::string turnTemplate(const TurnFormat& f) {
  std::string t;
  if (f.systemInFirstUser)
    t += "{{ $system := .System }}";
  else
    t += "{{ if .System }}" + f.systemOpen + "{{ .System }}" + f.systemClose + "{{ end }}";
  t += "{{ range $i, $_ := .Messages }}{{ $last := eq (len (slice $.Messages $i)) 1 }}";
  t += "{{ if eq .Role \"user\" }}" + f.userOpen;
  if (f.systemInFirstUser)
    t += "{{ if $system }}" + f.systemOpen + "{{ $system }}" + f.systemClose + "{{ $system = \"\" }}{{ end }}";
  t += "{{ .Content }}" + f.userClose;
  t += "{{ else if eq .Role \"assistant\" }}" + f.assistantOpen + "{{ .Content }}{{ if not $last }}" +
       f.assistantClose + "{{ end }}{{ end }}";
  t += "{{ if and $last (ne .Role \"assistant\") }}" + f.assistantOpen + "{{ end }}{{ end }}";
  return t;
}

GoTemplateFamily family(std::string id, std::string name, const TurnFormat& format, std::vector<std::string> stops) {
  return {std::move(id), std::move(name), true, turnTemplate(format), std::move(stops)};
}

} // namespace

std::vector<GoTemplateFamily> ollamaDetectedFamilies() {
  TurnFormat gemma{"",  "\n\n", "<start_of_turn>user\n", "<end_of_turn>\n", "<start_of_turn>model\n", "<end_of_turn>\n",
                   true};
  return {
      family("chatml", "ChatML",
             {"<|im_start|>system\n", "<|im_end|>\n", "<|im_start|>user\n", "<|im_end|>\n", "<|im_start|>assistant\n",
              "<|im_end|>\n"},
             {"<|im_start|>", "<|im_end|>"}),
      family("llama3-instruct", "Llama 3",
             {"<|start_header_id|>system<|end_header_id|>\n\n", "<|eot_id|>",
              "<|start_header_id|>user<|end_header_id|>\n\n", "<|eot_id|>",
              "<|start_header_id|>assistant<|end_header_id|>\n\n", "<|eot_id|>"},
             {"<|start_header_id|>", "<|end_header_id|>", "<|eot_id|>"}),
      family("gemma-instruct", "Gemma", gemma, {"<start_of_turn>", "<end_of_turn>"}),
      family("gemma3-instruct", "Gemma 3", gemma, {"<end_of_turn>", "<start_of_turn>"}),
      family("mistral-instruct", "Mistral", {"", "\n\n", "[INST] ", " [/INST]", "", "</s>", true},
             {"[INST]", "[/INST]"}),
      family("phi-3", "Phi-3", {"<|system|>\n", "<|end|>\n", "<|user|>\n", "<|end|>\n", "<|assistant|>\n", "<|end|>\n"},
             {"<|end|>", "<|system|>", "<|user|>", "<|assistant|>"}),
      family("zephyr", "Zephyr", {"<|system|>\n", "</s>\n", "<|user|>\n", "</s>\n", "<|assistant|>\n", "</s>\n"},
             {"<|system|>", "</s>", "<|user|>", "<|assistant|>"}),
      family("llama2-chat", "Llama 2", {"<<SYS>>\n", "\n<</SYS>>\n\n", "[INST] ", " [/INST] ", "", " </s><s>", true},
             {"[INST]", "[/INST]", "<<SYS>>", "<</SYS>>"}),
      family("chatqa", "ChatQA", {"System: ", "\n\n", "User: ", "\n\n", "Assistant: ", "\n\n"},
             {"System:", "User:", "Assistant:", "<|begin_of_text|>"}),
      family("falcon-instruct", "Falcon", {"System: ", "\n", "User: ", "\n", "Falcon: ", "\n"}, {"User:", "Falcon:"}),
      family("openchat", "OpenChat",
             {"GPT4 Correct System: ", "<|end_of_turn|>", "GPT4 Correct User: ", "<|end_of_turn|>",
              "GPT4 Correct Assistant: ", "<|end_of_turn|>"},
             {"<|end_of_turn|>"}),
      family("starcoder2-instruct", "StarCoder2 Instruct",
             {"", "\n\n", "### Instruction\n", "\n\n", "### Response\n", "<|endoftext|>\n\n"},
             {"### Instruction", "### Response", "<|endoftext|>"}),
      family("codellama-70b-instruct", "Code Llama 70B Instruct",
             {"Source: system\n\n ", " <step> ", "Source: user\n\n ", " <step> ",
              "Source: assistant\nDestination: user\n\n ", " <step> "},
             {"Source:", "Destination:", "<step>"}),
      family("alpaca", "Alpaca", {"", "\n\n", "### Instruction:\n", "\n\n", "### Response:\n", "\n\n"},
             {"### Instruction:", "### Response:"}),
      family("granite-instruct", "Granite", {"System:\n", "\n\n", "Question:\n", "\n\n", "Answer:\n", "\n\n"},
             {"System:", "Question:", "Answer:"}),
      family("magicoder", "Magicoder", {"", "\n\n", "@@ Instruction\n", "\n\n", "@@ Response\n", "\n\n"},
             {"@@ Instruction", "@@ Response"}),
      family("alfred", "Alfred",
             {"<start_system>", "<end_message>", "<start_user>", "<end_message>", "<start_assistant>", "<end_message>"},
             {"<start_system>", "<end_message>", "<start_user>", "<start_assistant>"}),
      family("solar-instruct", "SOLAR", {"### System:\n", "\n\n", "### User:\n", "\n\n", "### Assistant:\n", "\n\n"},
             {"### System:", "### User:", "### Assistant"}),
      family("command-r", "Command R",
             {"<|START_OF_TURN_TOKEN|><|SYSTEM_TOKEN|>", "<|END_OF_TURN_TOKEN|>",
              "<|START_OF_TURN_TOKEN|><|USER_TOKEN|>", "<|END_OF_TURN_TOKEN|>",
              "<|START_OF_TURN_TOKEN|><|CHATBOT_TOKEN|>", "<|END_OF_TURN_TOKEN|>"},
             {"<|START_OF_TURN_TOKEN|>", "<|END_OF_TURN_TOKEN|>"}),
  };
}

} // namespace md::templates
