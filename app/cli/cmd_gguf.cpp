// modeldesk-cli gguf info FILE [--json] [--tensors]

#include <iomanip>
#include <ostream>

#include "app/cli/command.h"
#include "core/gguf/json_export.h"
#include "core/gguf/reader.h"
#include "core/gguf/summary.h"
#include "core/util/json_text.h"
#include "core/util/paths.h"

namespace md::cli {
namespace {

std::string shapeText(const std::vector<std::int64_t>& shape) {
  std::string text;
  for (std::size_t i = 0; i < shape.size(); ++i)
    text += (i ? " x " : "") + std::to_string(shape[i]);
  return text.empty() ? "scalar" : text;
}

void printSummary(std::ostream& out, const gguf::GgufFile& file) {
  auto summary = gguf::summarize(file);
  out << "Role:          " << gguf::roleName(summary.role);
  if (summary.split)
    out << " " << summary.split->number << " of " << summary.split->count;
  out << "\nArchitecture:  " << (summary.architecture.empty() ? "-" : summary.architecture) << "\n";
  if (!summary.name.empty())
    out << "Name:          " << summary.name << "\n";
  out << "Parameters:    " << gguf::formatParameterCount(summary.parameterCount) << " (" << summary.parameterCount
      << ")\n";
  if (!summary.fileType.empty())
    out << "File type:     " << summary.fileType << "\n";
  if (summary.contextLength)
    out << "Context:       " << *summary.contextLength << "\n";
  out << "Tensor types: ";
  for (const auto& share : summary.typeMix)
    out << " " << share.name << " " << std::fixed << std::setprecision(0) << share.fraction * 100 << "%";
  out << "\n";
}

void printHuman(std::ostream& out, const gguf::GgufFile& file, bool listTensors) {
  out << "File:          " << pathToUtf8(file.path) << "\n"
      << "GGUF:          v" << file.version << ", " << (file.bigEndian ? "big" : "little") << "-endian, alignment "
      << file.alignment << "\n"
      << "Size:          " << file.fileSize << " bytes (" << formatBytes(file.fileSize) << "), expected "
      << file.expectedFileSize << "\n"
      << "Data offset:   " << file.dataOffset << "\n";
  if (!file.complete)
    out << "INCOMPLETE:    " << file.missingBytes << " bytes (" << formatBytes(file.missingBytes) << ") missing\n";
  printSummary(out, file);
  out << "\n" << file.metadata.size() << " metadata keys:\n";
  for (std::size_t i = 0; i < file.metadata.size(); ++i) {
    const auto& kv = file.metadata[i];
    std::string type = gguf::valueTypeName(kv.value.type);
    if (kv.value.isArray())
      type += "[" + std::string(gguf::valueTypeName(kv.value.elementType)) + "]";
    out << std::setw(5) << i + 1 << ": " << std::left << std::setw(44) << kv.key << std::setw(16) << type << std::right
        << " = " << kv.value.preview() << "\n";
  }
  out << "\n" << file.tensors.size() << " tensors";
  if (!listTensors) {
    out << " (--tensors lists them)\n";
    return;
  }
  out << ":\n";
  for (std::size_t i = 0; i < file.tensors.size(); ++i) {
    const auto& t = file.tensors[i];
    out << std::setw(5) << i + 1 << ": " << std::left << std::setw(36) << t.name << std::setw(8)
        << gguf::tensorTypeName(t.type) << std::setw(24) << shapeText(t.shape) << std::right << " offset " << t.offset
        << " size " << t.size << "\n";
  }
}

int ggufCommand(CommandContext& context) {
  auto sub = context.args.takeFirst();
  const bool listTensors = context.args.takeFlag("tensors");
  if (!sub || *sub != "info" || context.args.rest().size() != 1 || context.args.unknownOption()) {
    context.err << "usage: modeldesk-cli gguf info FILE [--json] [--tensors]\n";
    return kExitUsage;
  }
  auto path = pathFromUtf8(context.args.rest().front());
  auto file = gguf::readGguf(path);
  if (!file) {
    if (context.json)
      context.out << toJsonText(gguf::errorToJson(file.error()), 2) << "\n";
    else
      context.err << "modeldesk-cli: " << file.error().describe() << "\n";
    return kExitFailure;
  }
  if (context.json)
    context.out << toJsonText(gguf::ggufToJson(*file), 2) << "\n";
  else
    printHuman(context.out, *file, listTensors);
  return kExitOk;
}

const CommandRegistration registration("gguf", "gguf info FILE [--json] [--tensors]   show a GGUF header", ggufCommand);

} // namespace
} // namespace md::cli
