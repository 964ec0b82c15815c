#include "core/ollama/types.h"

namespace md::ollama {
namespace {

using nlohmann::json;

// Reads optional fields of one object; remembers the first type error.
class FieldReader {
public:
  FieldReader(const json& object, std::string context) : object_(object), context_(std::move(context)) {
    if (!object_.is_object())
      fail("", "an object");
  }

  void read(const char* key, std::string& out) {
    if (const json* value = find(key)) {
      if (value->is_string())
        out = value->get<std::string>();
      else
        fail(key, "a string");
    }
  }
  void read(const char* key, std::uint64_t& out) {
    if (const json* value = find(key)) {
      if (value->is_number_unsigned())
        out = value->get<std::uint64_t>();
      else if (value->is_number_integer() && value->get<std::int64_t>() >= 0)
        out = std::uint64_t(value->get<std::int64_t>());
      else
        fail(key, "a non-negative integer");
    }
  }
  void read(const char* key, std::vector<std::string>& out) {
    if (const json* value = find(key)) {
      if (!value->is_array())
        return fail(key, "an array of strings");
      for (const auto& item : *value) {
        if (!item.is_string())
          return fail(key, "an array of strings");
        out.push_back(item.get<std::string>());
      }
    }
  }
  void read(const char* key, json& out, json::value_t type) {
    if (const json* value = find(key)) {
      if (value->type() == type)
        out = *value;
      else
        fail(key, type == json::value_t::array ? "an array" : "an object");
    }
  }
  void read(const char* key, ModelDetails& out) {
    if (const json* value = find(key)) {
      FieldReader nested(*value, context_ + "." + key);
      nested.read("parent_model", out.parentModel);
      nested.read("format", out.format);
      nested.read("family", out.family);
      nested.read("families", out.families);
      nested.read("parameter_size", out.parameterSize);
      nested.read("quantization_level", out.quantizationLevel);
      if (nested.error && !error)
        error = nested.error;
    }
  }

  std::optional<Error> error;

private:
  const json* find(const char* key) const {
    if (!object_.is_object())
      return nullptr;
    const auto it = object_.find(key);
    return it == object_.end() || it->is_null() ? nullptr : &*it;
  }
  void fail(const std::string& key, const char* expected) {
    if (!error)
      error = makeError(ErrorCode::Malformed, "Ollama's reply has " + (key.empty() ? context_ : context_ + "." + key) +
                                                  " that is not " + expected);
  }

  const json& object_;
  std::string context_;
};

template <class T, class ReadOne>
Result<std::vector<T>> parseList(const json& reply, const char* key, ReadOne readOne) {
  FieldReader top(reply, "reply");
  json items = json::array();
  top.read(key, items, json::value_t::array);
  if (top.error)
    return *top.error;
  std::vector<T> out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    FieldReader reader(items[i], std::string(key) + "[" + std::to_string(i) + "]");
    T item;
    readOne(reader, item);
    if (reader.error)
      return *reader.error;
    out.push_back(std::move(item));
  }
  return out;
}

} // namespace

bool ShowResult::hasCapability(const std::string& name) const {
  for (const auto& capability : capabilities)
    if (capability == name)
      return true;
  return false;
}

std::optional<std::uint64_t> ShowResult::contextLength() const {
  const auto arch = modelInfo.find("general.architecture");
  if (arch == modelInfo.end() || !arch->is_string())
    return std::nullopt;
  const auto length = modelInfo.find(arch->get<std::string>() + ".context_length");
  if (length == modelInfo.end() || !length->is_number_unsigned())
    return std::nullopt;
  return length->get<std::uint64_t>();
}

double GenerationResult::tokensPerSecond() const {
  return evalDurationNs == 0 ? 0.0 : double(evalCount) * 1e9 / double(evalDurationNs);
}

Result<std::vector<ModelSummary>> parseModelList(const json& reply) {
  return parseList<ModelSummary>(reply, "models", [](FieldReader& reader, ModelSummary& model) {
    reader.read("name", model.name);
    reader.read("model", model.model);
    reader.read("modified_at", model.modifiedAt);
    reader.read("size", model.size);
    reader.read("digest", model.digest);
    reader.read("details", model.details);
  });
}

Result<std::vector<RunningModel>> parseRunningModels(const json& reply) {
  return parseList<RunningModel>(reply, "models", [](FieldReader& reader, RunningModel& model) {
    reader.read("name", model.name);
    reader.read("model", model.model);
    reader.read("size", model.size);
    reader.read("size_vram", model.sizeVram);
    reader.read("digest", model.digest);
    reader.read("expires_at", model.expiresAt);
    reader.read("details", model.details);
  });
}

Result<ShowResult> parseShow(const json& reply) {
  FieldReader reader(reply, "show");
  ShowResult show;
  reader.read("license", show.license);
  reader.read("modelfile", show.modelfile);
  reader.read("parameters", show.parameters);
  reader.read("template", show.templateText);
  reader.read("system", show.system);
  reader.read("modified_at", show.modifiedAt);
  reader.read("details", show.details);
  reader.read("model_info", show.modelInfo, json::value_t::object);
  reader.read("projector_info", show.projectorInfo, json::value_t::object);
  reader.read("tensors", show.tensors, json::value_t::array);
  reader.read("capabilities", show.capabilities);
  if (reader.error)
    return *reader.error;
  return show;
}

std::optional<std::string> parseVersionReply(const json& reply) {
  if (!reply.is_object() || !reply.contains("version") || !reply["version"].is_string())
    return std::nullopt;
  return reply["version"].get<std::string>();
}

Status parseGenerationStats(const json& object, GenerationResult& result) {
  FieldReader reader(object, "final stream object");
  reader.read("done_reason", result.doneReason);
  reader.read("prompt_eval_count", result.promptEvalCount);
  reader.read("eval_count", result.evalCount);
  reader.read("eval_duration", result.evalDurationNs);
  reader.read("total_duration", result.totalDurationNs);
  if (reader.error)
    return *reader.error;
  return {};
}

} // namespace md::ollama
