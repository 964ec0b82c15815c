#pragma once
// Ollama's rules for the name of a model (types/model/name.go), with the
// reason a name breaks them, for `ollama create NAME` and the Create dialog.
//   [host/][namespace/]model[:tag]
//   host:      1-350 characters; letters, digits, '_', '-', '.', ':' (a port)
//   namespace: 1-80 characters; letters, digits, '_', '-'
//   model:     1-80 characters; letters, digits, '_', '-', '.'
//   tag:       1-80 characters; letters, digits, '_', '-', '.'
// Every part starts with a letter, a digit or '_'.

#include <string>
#include <string_view>

namespace md::ollama {

enum class NameProblem {
  None,
  Empty,        // nothing typed
  TooManyParts, // more than host/namespace/model
  EmptyPart,    // "a//b", "x:" or a trailing '/'
  BadFirst,     // a part starts with '-' or '.'
  BadCharacter, // a space, '@', '/', …
  TooLong,      // a part over its limit
};

struct NameCheck {
  NameProblem problem = NameProblem::None;
  std::string part;      // "host", "namespace", "model" or "tag"
  std::string text;      // the offending part
  std::string bad;       // BadFirst/BadCharacter: the character (UTF-8)
  std::size_t limit = 0; // TooLong: the part's maximum length

  bool ok() const { return problem == NameProblem::None; }
  // The reason in English ("the tag must not be empty").
  std::string message() const;
};

NameCheck checkModelName(std::string_view name);

// A valid model name made from free text (a GGUF's general.name, a file
// name): ".gguf" and a part or shard suffix dropped, lowercase, every run of
// characters a model name cannot hold turned into one '-', trimmed to 80
// characters; "model" when nothing is left. No tag (Ollama adds "latest").
std::string suggestModelName(std::string_view text);

} // namespace md::ollama
