#include "core/templates/reference_templates.h"

#include <nlohmann/json.hpp>

#include "core/templates/levenshtein.h"

namespace md::templates {

// reference_templates_data.cpp, generated from
// resources/templates/ollama-templates-v0.33.json by cmake/EmbedFile.cmake.
extern const unsigned char kReferenceTemplatesJson[];
extern const std::size_t kReferenceTemplatesJson_size;

namespace {

struct ReferenceData {
  std::vector<ReferenceTemplate> templates;
  std::string notice;
};

// The data is ours and fixed; a build that embeds a broken copy yields an
// empty list (and the tests fail), never an exception.
ReferenceData load() {
  ReferenceData data;
  const std::string_view text(reinterpret_cast<const char*>(kReferenceTemplatesJson), kReferenceTemplatesJson_size);
  const auto json = nlohmann::json::parse(text, nullptr, false);
  if (!json.is_object() || !json.contains("templates") || !json["templates"].is_array())
    return data;
  if (json.contains("license") && json["license"].is_string())
    data.notice = json["license"].get<std::string>();
  for (const auto& entry : json["templates"]) {
    ReferenceTemplate reference;
    if (!entry.is_object() || !entry.contains("name") || !entry["name"].is_string() || !entry.contains("jinja") ||
        !entry["jinja"].is_string())
      return {};
    reference.family = entry["name"].get<std::string>();
    reference.jinja = entry["jinja"].get<std::string>();
    reference.codePoints = codePoints(reference.jinja);
    if (entry.contains("stop") && entry["stop"].is_array())
      for (const auto& stop : entry["stop"])
        if (stop.is_string())
          reference.stop.push_back(stop.get<std::string>());
    data.templates.push_back(std::move(reference));
  }
  return data;
}

const ReferenceData& data() {
  static const ReferenceData loaded = load();
  return loaded;
}

} // namespace

const std::vector<ReferenceTemplate>& referenceTemplates() {
  return data().templates;
}

const std::string& referenceTemplatesNotice() {
  return data().notice;
}

std::optional<DetectedTemplate> detectOllamaTemplate(std::string_view chatTemplate) {
  return closestTemplate(chatTemplate, referenceTemplates());
}

std::optional<DetectedTemplate> closestTemplate(std::string_view chatTemplate,
                                                const std::vector<ReferenceTemplate>& references) {
  if (chatTemplate.empty())
    return std::nullopt;
  const std::u32string target = codePoints(chatTemplate);
  std::optional<DetectedTemplate> best;
  std::size_t cutoff = kDetectionCutoff;
  for (std::size_t i = 0; i < references.size(); ++i) {
    // Only a strictly smaller distance replaces the best so far: the first minimum wins.
    const auto distance = levenshteinBelow(target, references[i].codePoints, cutoff);
    if (!distance)
      continue;
    best = DetectedTemplate{references[i].family, *distance, i, references[i].stop};
    cutoff = *distance;
    if (cutoff == 0)
      break;
  }
  return best;
}

} // namespace md::templates
