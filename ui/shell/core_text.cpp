#include "ui/shell/core_text.h"

#include <QCoreApplication>

#include "ui/shell/server_status_text.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

namespace {

constexpr const char* kContext = "CoreText";

// Fills %1…%n in one pass, so an argument that contains "%2" stays as it is.
QString fill(const QString& pattern, const QStringList& args) {
  QString out;
  out.reserve(pattern.size());
  for (qsizetype i = 0; i < pattern.size(); ++i) {
    const QChar next = i + 1 < pattern.size() ? pattern.at(i + 1) : QChar();
    const int index = next.digitValue() - 1;
    if (pattern.at(i) == QLatin1Char('%') && index >= 0 && index < args.size()) {
      out += args.at(index);
      ++i;
    } else {
      out += pattern.at(i);
    }
  }
  return out;
}

QString argumentText(const md::MessageArg& arg) {
  if (arg.sentence)
    return coreText(*arg.sentence);
  if (arg.byteCount)
    return sizeText(*arg.byteCount);
  return QString::fromStdString(arg.text);
}

} // namespace

const char* coreTextSource(md::MessageId id) {
  using md::MessageId;
  switch (id) {
  case MessageId::Text: return "%1";
  case MessageId::PartTwice: return QT_TRANSLATE_NOOP("CoreText", "part %1 appears twice: %2 and %3");
  case MessageId::ShardTwice: return QT_TRANSLATE_NOOP("CoreText", "shard %1 appears twice: %2 and %3");
  case MessageId::MissingParts: return QT_TRANSLATE_NOOP("CoreText", "Missing %1 (%2 of %3 parts present)");
  case MessageId::MissingShards: return QT_TRANSLATE_NOOP("CoreText", "Missing %1 (%2 of %3 shards present)");
  case MessageId::PartNameMissing:
    return QT_TRANSLATE_NOOP("CoreText", "%1 does not have a byte-split part name, but %2 does");
  case MessageId::PartsOfDifferentFiles:
    return QT_TRANSLATE_NOOP("CoreText", "The parts belong to different files: %1 and %2");
  case MessageId::NoPartStartsWithGguf:
    return QT_TRANSLATE_NOOP("CoreText",
                             "No part starts with GGUF: the first part of %1 is missing, or these are not GGUF parts");
  case MessageId::WrongPartOrder:
    return QT_TRANSLATE_NOOP("CoreText", "Wrong order: %1 starts with GGUF, but %2 comes before it");
  case MessageId::SecondPartStartsWithGguf:
    return QT_TRANSLATE_NOOP("CoreText", "%1 also starts with GGUF: only the first part of a byte split does");
  case MessageId::PartsTooSmall:
    return QT_TRANSLATE_NOOP(
        "CoreText", "The parts add up to %1, but the header of %2 expects %3: %4 missing (is a part missing?)");
  case MessageId::PartsTooLarge:
    return QT_TRANSLATE_NOOP("CoreText", "The parts add up to %1, more than the %2 the header of %3 expects");
  case MessageId::NotAShard:
    return QT_TRANSLATE_NOOP("CoreText", "%1 is not a llama.cpp shard (it has no split.count above 1)");
  case MessageId::SplitCountDiffers:
    return QT_TRANSLATE_NOOP("CoreText", "split.count differs: %1 says %2, %3 says %4");
  case MessageId::ShardNumberDiffers:
    return QT_TRANSLATE_NOOP("CoreText", "%1: its name says shard %2, but split.no says shard %3");
  case MessageId::TensorInSeveralShards:
    return QT_TRANSLATE_NOOP("CoreText", "Tensor '%1' appears in more than one shard (%2)");
  case MessageId::ShardTensorCountDiffers:
    return QT_TRANSLATE_NOOP("CoreText", "The shards hold %1 tensors, but split.tensors.count in %2 says %3");
  case MessageId::ShardsImportDirectly:
    return QT_TRANSLATE_NOOP("CoreText", "Ollama 0.30 and newer imports llama.cpp shards directly. Merge them for LM "
                                         "Studio, older Ollama, or a single-file copy.");
  case MessageId::NoTensors:
    return QT_TRANSLATE_NOOP("CoreText", "%1 has no tensors: it is neither a model, a projector nor an adapter");
  case MessageId::BothModels: return QT_TRANSLATE_NOOP("CoreText", "%1 and %2 are both models: pick one");
  case MessageId::BothProjectors: return QT_TRANSLATE_NOOP("CoreText", "%1 and %2 are both projectors: pick one");
  case MessageId::BothAdapters: return QT_TRANSLATE_NOOP("CoreText", "%1 and %2 are both adapters: pick one");
  case MessageId::NoModelAmongFiles:
    return QT_TRANSLATE_NOOP("CoreText", "There is no model among the files: a projector or an adapter needs a model");
  case MessageId::AlreadyComplete:
    return QT_TRANSLATE_NOOP("CoreText", "%1 is already a complete model: there is nothing to merge");
  case MessageId::ProjectorSeparateFile:
    return QT_TRANSLATE_NOOP("CoreText", "Ollama 0.7.1 and newer reads the projector as a separate file: create the "
                                         "model with two FROM lines instead of merging. Concatenating is only for "
                                         "older Ollama (< 0.7.1); newer Ollama drops the projector from such a file.");
  case MessageId::CannotRead: return QT_TRANSLATE_NOOP("CoreText", "%1 cannot be read: %2");
  case MessageId::ShardReason: return QT_TRANSLATE_NOOP("CoreText", "llama.cpp shard %1 of %2 (from its header)");
  case MessageId::PartStartsReason:
    return QT_TRANSLATE_NOOP("CoreText", "part %1 of a byte split (by its name); it starts with the GGUF header");
  case MessageId::PartContinuesReason:
    return QT_TRANSLATE_NOOP("CoreText", "part %1 of a byte split (by its name); it continues the file");
  case MessageId::GgufModelReason: return QT_TRANSLATE_NOOP("CoreText", "a GGUF model (%1)");
  case MessageId::GgufProjectorReason: return QT_TRANSLATE_NOOP("CoreText", "a GGUF projector (%1)");
  case MessageId::GgufAdapterReason: return QT_TRANSLATE_NOOP("CoreText", "a GGUF adapter (%1)");
  case MessageId::GgufModel: return QT_TRANSLATE_NOOP("CoreText", "a GGUF model");
  case MessageId::GgufProjector: return QT_TRANSLATE_NOOP("CoreText", "a GGUF projector");
  case MessageId::GgufAdapter: return QT_TRANSLATE_NOOP("CoreText", "a GGUF adapter");
  case MessageId::IncompleteDownload:
    return QT_TRANSLATE_NOOP("CoreText", "%1 is incomplete: %2 missing (an interrupted download, or a missing part)");
  case MessageId::Incomplete: return QT_TRANSLATE_NOOP("CoreText", "%1 is incomplete: %2 missing");
  case MessageId::NotGguf:
    return QT_TRANSLATE_NOOP("CoreText", "%1 is not a GGUF file (it starts with '%2', not 'GGUF')");
  case MessageId::EmptyFile:
    return QT_TRANSLATE_NOOP("CoreText", "%1 is empty: an interrupted download, or a placeholder");
  case MessageId::LfsPointer:
    return QT_TRANSLATE_NOOP("CoreText",
                             "%1 is a Git LFS pointer, not the model: download the real file (git lfs pull)");
  case MessageId::WebPage:
    return QT_TRANSLATE_NOOP("CoreText",
                             "%1 is a web page, not a GGUF file: the download saved an error or sign-in page");
  case MessageId::NoSuchFile: return QT_TRANSLATE_NOOP("CoreText", "There is no file %1");
  case MessageId::ChecksumLeftOut: return QT_TRANSLATE_NOOP("CoreText", "%1 is a checksum file: left out");
  case MessageId::NothingToSplit:
    return QT_TRANSLATE_NOOP("CoreText", "%1 already fits in one shard of that size: there is nothing to split");
  case MessageId::ListedTwice: return QT_TRANSLATE_NOOP("CoreText", "%1 is listed twice");
  case MessageId::NoFilesToMerge: return QT_TRANSLATE_NOOP("CoreText", "No files to merge");
  case MessageId::ShardsAndParts:
    return QT_TRANSLATE_NOOP("CoreText", "llama.cpp shards (%1) cannot be mixed with byte-split parts (%2)");
  case MessageId::NoSpaceWithHeadroom:
    return QT_TRANSLATE_NOOP("CoreText",
                             "Not enough free space: needs %1 plus %2 of headroom in %3, but only %4 is free");
  case MessageId::NoSpace:
    return QT_TRANSLATE_NOOP("CoreText", "Not enough free space: needs %1 in %2, but only %3 is free");
  case MessageId::FreeSpaceUnknown: return QT_TRANSLATE_NOOP("CoreText", "Cannot tell the free space in %1: %2");
  case MessageId::OutputFolderMissing: return QT_TRANSLATE_NOOP("CoreText", "The output folder does not exist: %1");
  case MessageId::CannotCreateFolder: return QT_TRANSLATE_NOOP("CoreText", "Cannot create the folder %1: %2");
  case MessageId::OutputExists: return QT_TRANSLATE_NOOP("CoreText", "The output already exists: %1");
  case MessageId::OutputAppeared: return QT_TRANSLATE_NOOP("CoreText", "The output appeared while writing: %1");
  case MessageId::CannotRenameOutput:
    return QT_TRANSLATE_NOOP("CoreText", "Cannot rename the finished output to %1: %2");
  case MessageId::Cancelled: return QT_TRANSLATE_NOOP("CoreText", "Cancelled");
  case MessageId::OllamaNotRunningBecause: return QT_TRANSLATE_NOOP("CoreText", "Ollama is not running at %1 (%2)");
  case MessageId::OllamaNotRunning: return QT_TRANSLATE_NOOP("CoreText", "Ollama is not running at %1");
  case MessageId::OllamaConnectionFailed:
    return QT_TRANSLATE_NOOP("CoreText", "The connection to Ollama at %1 failed: %2");
  case MessageId::OllamaTimeout: return QT_TRANSLATE_NOOP("CoreText", "Ollama at %1 did not answer in time (%2)");
  case MessageId::CouldNotConnect: return QT_TRANSLATE_NOOP("CoreText", "Could not connect to %1: %2");
  case MessageId::NoAnswerInTime: return QT_TRANSLATE_NOOP("CoreText", "No answer from %1 in time: %2");
  case MessageId::RequestFailed: return QT_TRANSLATE_NOOP("CoreText", "Request to %1 failed: %2");
  case MessageId::CancelledByUser: return QT_TRANSLATE_NOOP("CoreText", "Cancelled by the user");
  case MessageId::StoppedByCaller: return QT_TRANSLATE_NOOP("CoreText", "Stopped by the caller");
  case MessageId::OllamaAnsweredWith: return QT_TRANSLATE_NOOP("CoreText", "Ollama answered %1 for %2: %3");
  case MessageId::OllamaAnswered: return QT_TRANSLATE_NOOP("CoreText", "Ollama answered %1 for %2");
  case MessageId::OllamaReportedError: return QT_TRANSLATE_NOOP("CoreText", "Ollama reported an error: %1");
  case MessageId::OllamaReplyNotJson: return QT_TRANSLATE_NOOP("CoreText", "Ollama sent a reply that is not JSON: %1");
  case MessageId::NotOllama: return QT_TRANSLATE_NOOP("CoreText", "The server at %1 does not look like Ollama");
  case MessageId::StreamBrokeOff:
    return QT_TRANSLATE_NOOP("CoreText", "The stream from Ollama broke off after %1 lines: %2");
  case MessageId::PullEndedEarly:
    return QT_TRANSLATE_NOOP("CoreText", "The pull of %1 ended before Ollama reported success");
  case MessageId::CreateEndedEarly:
    return QT_TRANSLATE_NOOP("CoreText", "Creating %1 ended before Ollama reported success");
  case MessageId::QuantizeNeedsVersion:
    return QT_TRANSLATE_NOOP("CoreText", "Ollama %1 cannot quantize while creating a model (%2 can)");
  case MessageId::QuantizeTypeUnknown:
    return QT_TRANSLATE_NOOP("CoreText", "'%1' is not a quantization type Ollama accepts (%2)");
  case MessageId::QuantizeSourceQuantized:
    return QT_TRANSLATE_NOOP("CoreText", "%1 is %2: Ollama quantizes only F16, BF16 and F32 models");
  case MessageId::QuantizeBf16NeedsVersion:
    return QT_TRANSLATE_NOOP("CoreText", "%1 is BF16: Ollama %2 quantizes only F16 and F32 models (%3 also BF16)");
  case MessageId::StoreHasItButNotServer:
    return QT_TRANSLATE_NOOP("CoreText", "%1, though %2 has it: is that folder the server's OLLAMA_MODELS?");
  case MessageId::NotInStore: return QT_TRANSLATE_NOOP("CoreText", "%1 is not in the store at %2");
  case MessageId::ManifestUnreadable:
    return QT_TRANSLATE_NOOP("CoreText", "The manifest of %1 is not a readable manifest");
  case MessageId::LayerMissingFromStore:
    return QT_TRANSLATE_NOOP("CoreText", "The %1 layer of %2 (%3) is missing from the store at %4");
  case MessageId::NoModelLayer: return QT_TRANSLATE_NOOP("CoreText", "%1 has no model layer to copy");
  case MessageId::LayerNotCopyable:
    return QT_TRANSLATE_NOOP("CoreText", "%1 has a %2 layer, which cannot be copied to another host");
  case MessageId::ModelExistsOnHost: return QT_TRANSLATE_NOOP("CoreText", "\"%1\" already exists on %2");
  case MessageId::NotInAnyStore: return QT_TRANSLATE_NOOP("CoreText", "%1 is not in any Ollama store; looked in %2");
  case MessageId::NotInAnyStoreNoFolder:
    return QT_TRANSLATE_NOOP("CoreText", "%1 is not in any Ollama store: no folder to look in");
  case MessageId::StoreModelNotOnServer:
    return QT_TRANSLATE_NOOP(
        "CoreText",
        "The store at %1 holds %2 but the server at %3 does not have it: is %4 that server's OLLAMA_MODELS?");
  case MessageId::StoreModelDiffers:
    return QT_TRANSLATE_NOOP(
        "CoreText",
        "The store at %1 holds a different version of %2 than the server at %3: is %4 that server's OLLAMA_MODELS?");
  case MessageId::StoreCheckNoAnswer:
    return QT_TRANSLATE_NOOP("CoreText",
                             "Cannot check %1 in the store at %2 against the server at %3, which did not answer: %4");
  case MessageId::CannotReadManifest: return QT_TRANSLATE_NOOP("CoreText", "Cannot read the manifest %1");
  case MessageId::NotAModelName: return QT_TRANSLATE_NOOP("CoreText", "'%1' is not a model name");
  case MessageId::AlreadyOnHost:
    return QT_TRANSLATE_NOOP("CoreText", "%1 is already on %2: copy it under another name, or to another server");
  case MessageId::CopyNeedsStore:
    return QT_TRANSLATE_NOOP("CoreText", "Copying %1 needs the model folder (OLLAMA_MODELS) of %2");
  case MessageId::CannotReadBlob: return QT_TRANSLATE_NOOP("CoreText", "Cannot read the blob %1: %2");
  case MessageId::InvalidModelName: return QT_TRANSLATE_NOOP("CoreText", "'%1' is not a valid model name: %2");
  case MessageId::CannotReadModelfileBecause: return QT_TRANSLATE_NOOP("CoreText", "Cannot read the Modelfile: %1");
  case MessageId::CannotReadModelfile: return QT_TRANSLATE_NOOP("CoreText", "Cannot read the Modelfile");
  case MessageId::ModelfileTooLarge: return QT_TRANSLATE_NOOP("CoreText", "The file is too large to be a Modelfile");
  case MessageId::EnvValueEmpty: return QT_TRANSLATE_NOOP("CoreText", "%1: the value is empty");
  case MessageId::EnvValueMultiline: return QT_TRANSLATE_NOOP("CoreText", "%1: the value must be a single line");
  case MessageId::EnvAddressSpaces: return QT_TRANSLATE_NOOP("CoreText", "%1: the address contains spaces");
  case MessageId::EnvAddressScheme:
    return QT_TRANSLATE_NOOP("CoreText", "%1: only http:// and https:// addresses are supported");
  case MessageId::EnvHostEmpty: return QT_TRANSLATE_NOOP("CoreText", "%1: the host name is empty");
  case MessageId::EnvIpv6Brackets:
    return QT_TRANSLATE_NOOP("CoreText", "%1: an IPv6 address needs both brackets, as in [::1]:11434");
  case MessageId::EnvPathNotAbsolute:
    return QT_TRANSLATE_NOOP("CoreText",
                             "%1: the path must be absolute (start at the root, not with ~ or a relative folder)");
  case MessageId::EnvNotAFolder: return QT_TRANSLATE_NOOP("CoreText", "%1: %2 exists but is not a folder");
  case MessageId::EnvCannotWrite: return QT_TRANSLATE_NOOP("CoreText", "%1: cannot write in %2");
  case MessageId::EnvKeyEmpty: return QT_TRANSLATE_NOOP("CoreText", "%1: the key is empty");
  case MessageId::EnvKeyBadCharacters:
    return QT_TRANSLATE_NOOP("CoreText",
                             "%1: the key contains spaces or control characters (was it pasted with extra text?)");
  case MessageId::EnvKeyTooShort: return QT_TRANSLATE_NOOP("CoreText", "%1: the key is too short to be an API key");
  case MessageId::EnvExpectedDuration:
    return QT_TRANSLATE_NOOP("CoreText", "%1: expected a duration such as 5m, 1h or -1");
  case MessageId::EnvExpectedInteger: return QT_TRANSLATE_NOOP("CoreText", "%1: expected a whole number");
  case MessageId::EnvExpectedBool:
    return QT_TRANSLATE_NOOP("CoreText", "%1: expected true or false (also 1, 0, t, f, TRUE, FALSE, True or False)");
  case MessageId::EnvExpectedChoice: return QT_TRANSLATE_NOOP("CoreText", "%1: expected one of %2");
  case MessageId::EnvNumberOutOfRange:
    return QT_TRANSLATE_NOOP("CoreText", "%1: expected a whole number from %2 to %3");
  case MessageId::EnvDefaultContextByVram:
    return QT_TRANSLATE_NOOP(
        "CoreText",
        "chosen by Ollama from the GPU memory: 4096 tokens below 24 GiB, 32768 from 24 GiB, 262144 from 48 GiB");
  case MessageId::EnvDefaultFlashAttention:
    return QT_TRANSLATE_NOOP("CoreText", "automatic: on where the GPU supports it");
  case MessageId::EnvDefaultModelsPerGpu:
    return QT_TRANSLATE_NOOP("CoreText", "automatic: 3 per GPU (3 in all without a GPU)");
  case MessageId::EnvNothingToUndo: return QT_TRANSLATE_NOOP("CoreText", "There is no change to undo");
  case MessageId::EnvNothingToRedo: return QT_TRANSLATE_NOOP("CoreText", "There is no undone change to redo");
  case MessageId::EnvNoSuchChange: return QT_TRANSLATE_NOOP("CoreText", "There is no change #%1 in the history");
  case MessageId::EnvAlreadyUndone: return QT_TRANSLATE_NOOP("CoreText", "Change #%1 is already undone");
  case MessageId::EnvNotUndone:
    return QT_TRANSLATE_NOOP("CoreText", "Change #%1 is in effect: there is nothing to redo");
  case MessageId::EnvUndoConflict:
    return QT_TRANSLATE_NOOP("CoreText",
                             "Cannot undo change #%1 of %2: change #%3 changed %2 later; undo change #%3 first");
  case MessageId::EnvRedoConflictLater:
    return QT_TRANSLATE_NOOP("CoreText",
                             "Cannot redo change #%1 of %2: change #%3 changed %2 later; undo change #%3 first");
  case MessageId::EnvRedoConflictEarlier:
    return QT_TRANSLATE_NOOP("CoreText",
                             "Cannot redo change #%1 of %2: the earlier change #%3 of %2 is undone; redo it first");
  case MessageId::ServerStatus: return QT_TRANSLATE_NOOP("CoreText", "%1");
  case MessageId::UsingSidecarDigest: return QT_TRANSLATE_NOOP("CoreText", "using the SHA-256 of %1 from %2");
  case MessageId::SidecarIgnored: return QT_TRANSLATE_NOOP("CoreText", "not using %1: %2");
  case MessageId::HashingFile: return QT_TRANSLATE_NOOP("CoreText", "hashing %1");
  case MessageId::FileAlreadyOnServer: return QT_TRANSLATE_NOOP("CoreText", "%1 is already on the server (%2…)");
  case MessageId::UploadingFileWith: return QT_TRANSLATE_NOOP("CoreText", "uploading %1 (%2)");
  case MessageId::UploadingFile: return QT_TRANSLATE_NOOP("CoreText", "uploading %1");
  case MessageId::BlobAlreadyOnHost: return QT_TRANSLATE_NOOP("CoreText", "%1 is already on %2");
  case MessageId::WarningNotCopied: return QT_TRANSLATE_NOOP("CoreText", "warning: not copied: %1");
  case MessageId::Warning: return QT_TRANSLATE_NOOP("CoreText", "warning: %1");
  case MessageId::GgufFile: return QT_TRANSLATE_NOOP("CoreText", "a GGUF file");
  case MessageId::FileProblem: return QT_TRANSLATE_NOOP("CoreText", "%1: %2");
  case MessageId::RemovedLeftover: return QT_TRANSLATE_NOOP("CoreText", "Removed %1, left by an interrupted run (%2)");
  case MessageId::ProbingStore: return QT_TRANSLATE_NOOP("CoreText", "checking whether %1 is the store of %2");
  case MessageId::StoreProven:
    return QT_TRANSLATE_NOOP("CoreText", "%1 is the store of %2: blobs are placed there directly");
  case MessageId::StoreNotTheServers:
    return QT_TRANSLATE_NOOP("CoreText", "%1 is not the store of %2: a blob placed there is not seen by the server");
  case MessageId::StoreNotWritable: return QT_TRANSLATE_NOOP("CoreText", "Cannot write in the store %1: %2");
  case MessageId::UploadingInstead:
    return QT_TRANSLATE_NOOP("CoreText",
                             "no store of %1 that ModelDesk can write on this machine: uploading over HTTP");
  case MessageId::PlacementNeedsStore:
    return QT_TRANSLATE_NOOP("CoreText",
                             "Placing by %1 needs the store of %2 on this machine, writable and proven by a probe");
  case MessageId::PlacementNeedsOneFilesystem:
    return QT_TRANSLATE_NOOP("CoreText", "%1 and the store %2 are on different filesystems: %3 needs one filesystem");
  case MessageId::CannotClone:
    return QT_TRANSLATE_NOOP("CoreText", "The filesystem of %1 cannot clone files (reflink)");
  case MessageId::CannotPlaceBlob: return QT_TRANSLATE_NOOP("CoreText", "Cannot place %1 in the store: %2");
  case MessageId::PlacedByClone:
    return QT_TRANSLATE_NOOP("CoreText", "%1: placed as a copy-on-write clone (no bytes written)");
  case MessageId::PlacedByHardLink:
    return QT_TRANSLATE_NOOP(
        "CoreText",
        "%1: placed as a hard link (no bytes written); editing the source file in place would change the model");
  case MessageId::PlacedByCopy: return QT_TRANSLATE_NOOP("CoreText", "%1: copied into the store (%2)");
  case MessageId::PlacedByMove: return QT_TRANSLATE_NOOP("CoreText", "%1: moved into the store");
  case MessageId::JoiningIntoStore: return QT_TRANSLATE_NOOP("CoreText", "joining %1 into the store (%2)");
  case MessageId::BlobAlreadyInStore: return QT_TRANSLATE_NOOP("CoreText", "%1 is already in the store");
  case MessageId::UsingCacheDigest:
    return QT_TRANSLATE_NOOP("CoreText", "using the SHA-256 that names the Hugging Face cache file of %1");
  case MessageId::CacheDigestDiffers:
    return QT_TRANSLATE_NOOP("CoreText", "%1 is not what its Hugging Face cache name says (its SHA-256 is %2)");
  case MessageId::RemovedPlacedBlob: return QT_TRANSLATE_NOOP("CoreText", "removed %1 from the store");
  case MessageId::RemovedLeftoverTemp:
    return QT_TRANSLATE_NOOP("CoreText", "removed %1, left by an import that was interrupted");
  case MessageId::RemovedImportedModel:
    return QT_TRANSLATE_NOOP("CoreText", "removed %1, created before the import stopped");
  case MessageId::ImportRefused: return QT_TRANSLATE_NOOP("CoreText", "These files cannot be imported: %1");
  case MessageId::SizeChanged:
    return QT_TRANSLATE_NOOP("CoreText", "%1 changed size since it was planned (%2 now, %3 planned)");
  case MessageId::RemovalStoreNotTheServers:
    return QT_TRANSLATE_NOOP("CoreText",
                             "%1 was not removed: the server at %2 does not use the store at %3 (a probe placed there "
                             "was not seen through it), so deleting through it could remove another store's model of "
                             "that name");
  case MessageId::RemovalStoreUnproven:
    return QT_TRANSLATE_NOOP("CoreText",
                             "%1 was not removed: cannot check that the server at %2 uses the store at %3: %4");
  case MessageId::MovingAcrossFilesystems:
    return QT_TRANSLATE_NOOP("CoreText", "%1 is on another filesystem than the store: copied with its hash in the "
                                         "same pass; the source is removed once the model is created");
  case MessageId::RemovedMovedSource: return QT_TRANSLATE_NOOP("CoreText", "removed %1: it was moved into the store");
  case MessageId::CannotRemoveMovedSource:
    return QT_TRANSLATE_NOOP("CoreText", "could not remove %1 after moving it into the store: %2");
  case MessageId::ModelfileUnknownInstruction:
    return QT_TRANSLATE_NOOP("CoreText", "'%1' is not an instruction: use FROM, PARAMETER, TEMPLATE, SYSTEM, MESSAGE, "
                                         "ADAPTER, LICENSE, DRAFT, RENDERER, PARSER or REQUIRES");
  case MessageId::ModelfileInstructionWithoutValue: return QT_TRANSLATE_NOOP("CoreText", "%1 has no value on its line");
  case MessageId::ModelfileInvalidRole:
    return QT_TRANSLATE_NOOP("CoreText", "'%1' is not a message role: use system, user or assistant");
  case MessageId::ModelfileParameterWithoutValue: return QT_TRANSLATE_NOOP("CoreText", "PARAMETER %1 has no value");
  case MessageId::ModelfileBadParameterCharacter:
    return QT_TRANSLATE_NOOP("CoreText", "'%1' cannot be part of a parameter name (letters, digits and _ only)");
  case MessageId::ModelfileMessageWithoutText: return QT_TRANSLATE_NOOP("CoreText", "MESSAGE %1 has no text");
  case MessageId::ModelfileBadRoleCharacter:
    return QT_TRANSLATE_NOOP("CoreText", "'%1' cannot be part of a message role");
  case MessageId::ModelfileUnclosedQuote:
    return QT_TRANSLATE_NOOP("CoreText",
                             "the quote %1 opened on this line is never closed: the rest of the file is part of it");
  case MessageId::ModelfileIncomplete:
    return QT_TRANSLATE_NOOP("CoreText", "the file ends in the middle of an instruction");
  case MessageId::ModelfileNoFrom: return QT_TRANSLATE_NOOP("CoreText", "no FROM line");
  case MessageId::ModelfileUnknownParameter: return QT_TRANSLATE_NOOP("CoreText", "unknown parameter '%1'");
  case MessageId::ModelfileUnknownParameterDidYouMean:
    return QT_TRANSLATE_NOOP("CoreText", "unknown parameter '%1' (did you mean %2?)");
  case MessageId::ModelfileDeprecatedParameter: return QT_TRANSLATE_NOOP("CoreText", "parameter %1 is deprecated");
  case MessageId::ModelfileInvalidValue: return QT_TRANSLATE_NOOP("CoreText", "invalid %1 value [%2]");
  case MessageId::ModelfileNeedsTarget: return QT_TRANSLATE_NOOP("CoreText", "%1 needs a model name or a path");
  case MessageId::ModelfileNeedsLocalPath:
    return QT_TRANSLATE_NOOP("CoreText", "no such file or folder: %1 (%2 needs a local path)");
  case MessageId::ModelfileNotFileNorModel:
    return QT_TRANSLATE_NOOP("CoreText", "'%1' is neither a file nor a model on the Ollama server");
  case MessageId::ModelfileUsesModelName:
    return QT_TRANSLATE_NOOP("CoreText", "'%1' is not a file here, so Ollama will use the model of that name");
  case MessageId::ModelfileBadRequires:
    return QT_TRANSLATE_NOOP("CoreText", "requires must be a valid semver (e.g. 0.14.0)");
  case MessageId::ModelfileDraftSameAsFrom:
    return QT_TRANSLATE_NOOP("CoreText", "DRAFT must not reference the same local path as FROM: %1");
  case MessageId::ModelfileSetAgain:
    return QT_TRANSLATE_NOOP("CoreText", "%1 is set again on line %2; only the last one is used");
  case MessageId::ModelfileUnclosedAction:
    return QT_TRANSLATE_NOOP("CoreText", "TEMPLATE: this \"{{\" has no matching \"}}\"");
  case MessageId::ModelfileStrayClose:
    return QT_TRANSLATE_NOOP("CoreText", "TEMPLATE: this \"}}\" has no matching \"{{\"");
  case MessageId::CannotListFolder: return QT_TRANSLATE_NOOP("CoreText", "Cannot list the folder %1: %2");
  case MessageId::FolderHasNoGguf: return QT_TRANSLATE_NOOP("CoreText", "The folder %1 has no .gguf files");
  case MessageId::NoSuchFileOrFolder: return QT_TRANSLATE_NOOP("CoreText", "no such file or folder: %1");
  case MessageId::NeitherFileNorModelName:
    return QT_TRANSLATE_NOOP("CoreText", "'%1' is neither an existing file nor a valid model name");
  case MessageId::FileInUse:
    return QT_TRANSLATE_NOOP("CoreText", "%1 is open in another program: close it there and try again");
  case MessageId::EnvBroadcastUnconfirmed:
    return QT_TRANSLATE_NOOP("CoreText", "The value is saved, but Windows did not confirm that running programs were "
                                         "told (error %1): restart them, or sign out and in again");
  case MessageId::OllamaAppSettingsUnreadable:
    return QT_TRANSLATE_NOOP("CoreText", "Cannot read the Ollama app's settings in %1: %2");
  case MessageId::ExportBlobMissing:
    return QT_TRANSLATE_NOOP("CoreText", "The blob %1 of %2 is missing from the store at %3");
  case MessageId::ExportBlobSizeWrong:
    return QT_TRANSLATE_NOOP("CoreText",
                             "The blob %1 has %2 on disk, but the manifest says %3: it is damaged or incomplete");
  case MessageId::ExportBlobDamaged:
    return QT_TRANSLATE_NOOP("CoreText", "%1 is damaged: the SHA-256 of the blob %2 is %3");
  case MessageId::ExportBlobNotGguf: return QT_TRANSLATE_NOOP("CoreText", "The blob %1 is not a readable GGUF: %2");
  case MessageId::ExportNoModelLayer: return QT_TRANSLATE_NOOP("CoreText", "%1 has no model layer to export");
  case MessageId::ExportLayerSkipped:
    return QT_TRANSLATE_NOOP("CoreText", "The %1 layer is not exported: a Modelfile has no instruction for it");
  case MessageId::ExportValueNotWritable:
    return QT_TRANSLATE_NOOP("CoreText", "%1 cannot be written in a Modelfile: %2");
  case MessageId::ExportLayerNotJson:
    return QT_TRANSLATE_NOOP("CoreText", "The %1 layer is not the JSON Ollama writes");
  case MessageId::ExportFolderNotFolder: return QT_TRANSLATE_NOOP("CoreText", "%1 is not a folder");
  case MessageId::ExportedByClone:
    return QT_TRANSLATE_NOOP("CoreText", "%1: a copy-on-write clone of the blob (no bytes written)");
  case MessageId::ExportedByHardLink:
    return QT_TRANSLATE_NOOP(
        "CoreText",
        "%1: a hard link to the blob (no bytes written; editing the file in place would change the model in Ollama)");
  case MessageId::ExportedByCopy:
    return QT_TRANSLATE_NOOP("CoreText", "%1: copied (%2), SHA-256 verified in the same pass");
  case MessageId::ExportDone: return QT_TRANSLATE_NOOP("CoreText", "Exported %1 to %2");
  case MessageId::ReclaimChangedRecently:
    return QT_TRANSLATE_NOOP("CoreText",
                             "%1 changed less than %2 minutes ago: a download or an import may still be writing it");
  case MessageId::ReclaimOtherFilesystem:
    return QT_TRANSLATE_NOOP("CoreText",
                             "%1 is on another filesystem than the copy kept (%2): a link cannot join them");
  case MessageId::ReclaimGone: return QT_TRANSLATE_NOOP("CoreText", "%1 is gone already");
  case MessageId::ReclaimChangedSincePlan: return QT_TRANSLATE_NOOP("CoreText", "%1 changed since the plan: kept");
  case MessageId::ReclaimCannotCheck: return QT_TRANSLATE_NOOP("CoreText", "Cannot check %1: %2");
  case MessageId::ReclaimManifestUnreadable:
    return QT_TRANSLATE_NOOP("CoreText",
                             "The manifest %1 cannot be read, so no blob is deleted (it may need any of them)");
  case MessageId::ReclaimBlobInUse: return QT_TRANSLATE_NOOP("CoreText", "%1 is used by %2 now: kept");
  case MessageId::ReclaimCannotDelete: return QT_TRANSLATE_NOOP("CoreText", "Cannot delete %1: %2");
  case MessageId::ReclaimOwnerRunning:
    return QT_TRANSLATE_NOOP("CoreText", "%1 is being written again by process %2: kept");
  case MessageId::ReclaimHashDiffers:
    return QT_TRANSLATE_NOOP("CoreText", "%1 no longer has the SHA-256 %2: not linked");
  case MessageId::ReclaimCannotLink: return QT_TRANSLATE_NOOP("CoreText", "Cannot link %1 to %2: %3");
  case MessageId::ReclaimKeptChanged:
    return QT_TRANSLATE_NOOP("CoreText", "The copy to keep, %1, is gone or changed: nothing linked");
  case MessageId::ReclaimAlreadyLinked: return QT_TRANSLATE_NOOP("CoreText", "%1 is already the same file as %2");
  case MessageId::ReclaimCancelled: return QT_TRANSLATE_NOOP("CoreText", "%1: cancelled before it was done");
  case MessageId::ReclaimClonedNote:
    return QT_TRANSLATE_NOOP("CoreText", "replaced %1 by a copy-on-write clone of %2 (%3 freed)");
  case MessageId::ReclaimHardLinkedNote:
    return QT_TRANSLATE_NOOP("CoreText", "replaced %1 by a hard link to %2 (%3 freed)");
  case MessageId::ReclaimDeletedNote: return QT_TRANSLATE_NOOP("CoreText", "deleted %1 (%2)");
  case MessageId::ReclaimServerUnsure:
    return QT_TRANSLATE_NOOP("CoreText", "%1 is kept: cannot ask the server at %2 about it: %3");
  case MessageId::ReclaimServerDisagrees:
    return QT_TRANSLATE_NOOP(
        "CoreText", "%1 is kept: the server at %2 lists %3, whose manifest in this store is missing or differs");
  case MessageId::ReclaimNoBlobApi:
    return QT_TRANSLATE_NOOP("CoreText", "Ollama has no API that deletes one blob: orphans are deleted on disk, each "
                                         "after checking again that no manifest uses it");
  case MessageId::OllamaAppRunning:
    return QT_TRANSLATE_NOOP("CoreText", "The Ollama app is running (%1), so its settings in %2 were not changed: quit "
                                         "the app and try again, or in the app's Settings change \"Model location\" "
                                         "to %3");
  case MessageId::OllamaAppSettingsNotWritten:
    return QT_TRANSLATE_NOOP("CoreText", "Cannot change the Ollama app's settings in %1: %2");
  case MessageId::AlreadyAShard: return QT_TRANSLATE_NOOP("CoreText", "%1 is already a shard");
  case MessageId::SplitNeedsLimit:
    return QT_TRANSLATE_NOOP("CoreText", "Give a maximum size or a maximum tensor count per shard");
  case MessageId::TooManyShards: return QT_TRANSLATE_NOOP("CoreText", "That would make more than %1 shards");
  case MessageId::ShardDoesNotReadBack: return QT_TRANSLATE_NOOP("CoreText", "Shard %1 does not read back");
  case MessageId::MergeRefusedBecause: return QT_TRANSLATE_NOOP("CoreText", "These files cannot be merged: %1");
  case MessageId::MergeRefused: return QT_TRANSLATE_NOOP("CoreText", "These files cannot be merged");
  case MessageId::NothingToMerge: return QT_TRANSLATE_NOOP("CoreText", "There is nothing to merge");
  case MessageId::ProjectorNeedsNoMerge:
    return QT_TRANSLATE_NOOP("CoreText",
                             "A model and a projector need no merge for Ollama 0.7.1 and newer: create the model with "
                             "two FROM lines. Concatenate them only for older Ollama (legacy concat).");
  case MessageId::OutputIsAnInput: return QT_TRANSLATE_NOOP("CoreText", "The output cannot be one of the inputs: %1");
  case MessageId::WrittenNotGguf:
    return QT_TRANSLATE_NOOP("CoreText", "The written file does not read back as GGUF: %1");
  case MessageId::WrittenSizeWrong: return QT_TRANSLATE_NOOP("CoreText", "The written file has %1 bytes, expected %2");
  case MessageId::TwoReasons: return QT_TRANSLATE_NOOP("CoreText", "%1; %2");
  case MessageId::ManifestLayerNotObject:
    return QT_TRANSLATE_NOOP("CoreText", "The manifest of %1 has a layer that is not an object");
  case MessageId::ManifestLayerWithoutDigest:
    return QT_TRANSLATE_NOOP("CoreText", "The manifest of %1 has a layer without a media type or digest");
  case MessageId::ManifestDigestNotSha256:
    return QT_TRANSLATE_NOOP("CoreText", "The manifest of %1 names a blob that is not a SHA-256 digest: %2");
  case MessageId::CannotListManifests: return QT_TRANSLATE_NOOP("CoreText", "Cannot list the manifests: %1");
  case MessageId::StoreIndexUnreadable:
    return QT_TRANSLATE_NOOP("CoreText", "the store index is unreadable; it will be rebuilt");
  case MessageId::StoreIndexDamaged: return QT_TRANSLATE_NOOP("CoreText", "the store index is damaged: %1");
  case MessageId::StoreIndexNotWritten: return QT_TRANSLATE_NOOP("CoreText", "cannot write the store index");
  case MessageId::StoreIndexNotReplaced: return QT_TRANSLATE_NOOP("CoreText", "cannot replace the store index: %1");
  case MessageId::NoHfCacheHere: return QT_TRANSLATE_NOOP("CoreText", "no Hugging Face cache here");
  case MessageId::NoHfCacheFolders:
    return QT_TRANSLATE_NOOP("CoreText",
                             "no Hugging Face cache here (no models--ORG--NAME folders, and no hub folder)");
  case MessageId::NoModelScopeCacheHere: return QT_TRANSLATE_NOOP("CoreText", "no ModelScope cache here");
  case MessageId::NotABlobName: return QT_TRANSLATE_NOOP("CoreText", "not an Ollama blob name");
  case MessageId::LayerWithoutDigest: return QT_TRANSLATE_NOOP("CoreText", "a layer without a media type or digest");
  case MessageId::LayerWithoutDigestOf:
    return QT_TRANSLATE_NOOP("CoreText", "a layer without a media type or digest (%1)");
  case MessageId::MissingBlob: return QT_TRANSLATE_NOOP("CoreText", "missing blob %1 (%2)");
  case MessageId::NoOllamaStoreHere:
    return QT_TRANSLATE_NOOP("CoreText", "no Ollama store here (no manifests or blobs folder)");
  case MessageId::NotAReadableManifest: return QT_TRANSLATE_NOOP("CoreText", "not a readable manifest");
  case MessageId::CannotReadFolder: return QT_TRANSLATE_NOOP("CoreText", "cannot read folder: %1");
  case MessageId::StoppedReadingFolder: return QT_TRANSLATE_NOOP("CoreText", "stopped reading folder: %1");
  case MessageId::NotAFolder: return QT_TRANSLATE_NOOP("CoreText", "not a folder");
  case MessageId::DanglingSymlink: return QT_TRANSLATE_NOOP("CoreText", "dangling symlink");
  case MessageId::CannotReadEntry: return QT_TRANSLATE_NOOP("CoreText", "cannot read");
  case MessageId::OllamaAppSettingChangedSince:
    return QT_TRANSLATE_NOOP("CoreText", "The Ollama app's model location (setting \"models\" in %1) is %2, not %3: "
                                         "it was changed since, so it was left as it is");
  case MessageId::EnvAppSettingAppRunning:
    return QT_TRANSLATE_NOOP("CoreText", "Nothing was changed: change #%1 also changed the Ollama app's model location "
                                         "(setting \"models\" in %2), and the app is running (%3). Quit the Ollama "
                                         "app, then try again, so both change together");
  }
  return "%1";
}

QString coreText(const md::Message& message) {
  QStringList args;
  for (const auto& arg : message.args)
    args << argumentText(arg);
  if (message.isPlain())
    return args.join(QString());
  if (message.id == MessageId::ServerStatus && !args.isEmpty())
    return glossServerStatus(args.first()); // Ollama's words, with a gloss in the reader's language
  return fill(QCoreApplication::translate(kContext, coreTextSource(message.id)), args);
}

QString describeError(const md::Error& error) {
  QString text = error.text.isPlain() ? QString::fromStdString(error.message) : coreText(error.text);
  if (error.where.offset)
    text += QCoreApplication::translate(kContext, " (at byte %1)").arg(*error.where.offset);
  if (error.where.line)
    text += QCoreApplication::translate(kContext, " (line %1)").arg(*error.where.line);
  if (const std::string path = error.pathToAppend(); !path.empty())
    text += QStringLiteral(" [%1]").arg(QString::fromStdString(path));
  return text;
}

} // namespace ui
} // namespace md
