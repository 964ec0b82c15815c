#include "core/ollama/modelfile_request.h"

#include <set>

#include "core/modelfile/from_resolver.h"
#include "core/modelfile/parameters.h"
#include "core/modelfile/parser.h"

namespace md::ollama {
namespace {

using modelfile::Instruction;

Error invalidAt(const modelfile::Command& command, std::string message) {
  Location where;
  where.line = command.keywordSpan.line;
  return makeError(ErrorCode::Invalid, std::move(message), where);
}

Result<ParameterValue> typedValue(const modelfile::ParameterSpec& spec, const std::string& value) {
  switch (spec.type) {
  case modelfile::ParameterType::Int:
  case modelfile::ParameterType::Float:
    try { // the value was checked with Go's parsers; this only guards the range
      if (spec.type == modelfile::ParameterType::Int)
        return ParameterValue(std::int64_t(std::stoll(value)));
      return ParameterValue(std::stod(value));
    } catch (const std::exception&) {
      return makeError(ErrorCode::Invalid, "parameter '" + std::string(spec.name) + "' is out of range: " + value);
    }
  case modelfile::ParameterType::Bool: {
    const bool truth = value == "1" || value == "t" || value == "T" || value == "true" || value == "TRUE" ||
                       value == "True";
    return ParameterValue(truth);
  }
  case modelfile::ParameterType::StringList: break;
  }
  return ParameterValue(value);
}

// Adds the GGUF files a FROM/ADAPTER value names; `names` keeps keys unique.
Status addFiles(const modelfile::Command& command, const modelfile::FromTarget& target,
                std::vector<CreateFile>& files, std::set<std::string>& names) {
  for (const auto& path : target.files) {
    const std::string name = path.filename().string();
    if (!names.insert(name).second)
      return invalidAt(command, "two files are both named '" + name + "'");
    files.push_back({path, name, {}});
  }
  return {};
}

} // namespace

Result<CreateRequest> createRequestFromModelfile(const std::string& modelName, std::string_view text,
                                                 const std::filesystem::path& modelfileDir,
                                                 std::vector<std::string>& warnings) {
  auto parsed = modelfile::parseModelfile(text);
  if (!parsed)
    return parsed.error();
  CreateRequest request;
  request.model = modelName;
  std::set<std::string> names;
  for (const auto& command : parsed->commands) {
    switch (command.instruction) {
    case Instruction::From:
    case Instruction::Adapter: {
      auto target = modelfile::resolveFrom(command.value, modelfileDir);
      if (!target)
        return invalidAt(command, target.error().message);
      const bool adapter = command.instruction == Instruction::Adapter;
      if (target->kind == modelfile::FromKind::ModelName) {
        if (adapter || !request.from.empty())
          return invalidAt(command, "only one FROM may name a model, and ADAPTER needs a file");
        request.from = target->modelName;
      } else if (auto added = addFiles(command, *target, adapter ? request.adapters : request.files, names); !added) {
        return added.error();
      }
      break;
    }
    case Instruction::Template: request.templateText = command.value; break;
    case Instruction::System: request.system = command.value; break;
    case Instruction::License: request.license.push_back(command.value); break;
    case Instruction::Message: request.messages.push_back({command.name, command.value, {}}); break;
    case Instruction::Parameter: {
      const auto* spec = modelfile::findParameter(command.name);
      if (spec == nullptr)
        return invalidAt(command, "unknown parameter '" + command.name + "'");
      if (spec->deprecated) {
        warnings.push_back("parameter '" + command.name + "' is deprecated and was skipped");
        break;
      }
      if (auto problem = modelfile::parameterValueError(*spec, command.value))
        return invalidAt(command, *problem);
      if (spec->type == modelfile::ParameterType::StringList) {
        request.stop.push_back(command.value);
        break;
      }
      auto value = typedValue(*spec, command.value);
      if (!value)
        return value.error();
      request.parameters[command.name] = *value;
      break;
    }
    default:
      warnings.push_back(std::string(modelfile::instructionName(command.instruction)) +
                         " is not sent by ModelDesk yet and was skipped");
    }
  }
  if (request.from.empty() && request.files.empty())
    return makeError(ErrorCode::Invalid, "no FROM line");
  return request;
}

} // namespace md::ollama
