// The tr() templates of core's messages about files: GGUF, byte splits and
// shards, merges, imports into a store, exports, the stores scan and reclaim.
// The other half is core_text_services.cpp; tst_core_text checks that the two
// cover every code.
#include <QtGlobal>

#include "ui/shell/core_text_tables.h"

namespace md {
namespace ui {

const char* fileMessageSource(md::MessageId id) {
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
  case MessageId::AlreadyOnHost:
    return QT_TRANSLATE_NOOP("CoreText", "%1 is already on %2: copy it under another name, or to another server");
  case MessageId::CopyNeedsStore:
    return QT_TRANSLATE_NOOP("CoreText", "Copying %1 needs the model folder (OLLAMA_MODELS) of %2");
  case MessageId::CannotReadBlob: return QT_TRANSLATE_NOOP("CoreText", "Cannot read the blob %1: %2");
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
  case MessageId::FileInUse:
    return QT_TRANSLATE_NOOP("CoreText", "%1 is open in another program: close it there and try again");
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
  case MessageId::GgufEndsInside:
    return QT_TRANSLATE_NOOP("CoreText", "The file ends in the middle of %1 (file size %2 bytes)");
  case MessageId::GgufLengthPastEnd:
    return QT_TRANSLATE_NOOP("CoreText", "The length of %1 (%2 bytes) runs past the end of the file (%3 bytes left)");
  case MessageId::GgufUnknownType: return QT_TRANSLATE_NOOP("CoreText", "Unknown %1 %2 for key '%3'");
  case MessageId::GgufArraysTooDeep:
    return QT_TRANSLATE_NOOP("CoreText", "Arrays nest deeper than %1 levels in key '%2'");
  case MessageId::GgufArrayPastEnd:
    return QT_TRANSLATE_NOOP("CoreText",
                             "The array count %1 of key '%2' runs past the end of the file (%3 bytes left)");
  case MessageId::GgufDuplicateKey: return QT_TRANSLATE_NOOP("CoreText", "Duplicate metadata key '%1'");
  case MessageId::GgufTensorNameTooLong:
    return QT_TRANSLATE_NOOP("CoreText", "Tensor name '%1' is longer than %2 bytes");
  case MessageId::GgufTooManyDimensions:
    return QT_TRANSLATE_NOOP("CoreText", "Tensor '%1' has %2 dimensions (at most %3)");
  case MessageId::GgufNegativeDimension:
    return QT_TRANSLATE_NOOP("CoreText", "Tensor '%1' has a negative dimension %2");
  case MessageId::GgufElementCountOverflows:
    return QT_TRANSLATE_NOOP("CoreText", "The element count of tensor '%1' overflows");
  case MessageId::GgufUnknownTensorType: return QT_TRANSLATE_NOOP("CoreText", "Tensor '%1' has an unknown type %2");
  case MessageId::GgufNotABlockMultiple:
    return QT_TRANSLATE_NOOP("CoreText",
                             "Tensor '%1': its first dimension %2 is not a multiple of the %3 block size %4");
  case MessageId::GgufByteSizeOverflows: return QT_TRANSLATE_NOOP("CoreText", "The byte size of tensor '%1' overflows");
  case MessageId::GgufDuplicateTensor: return QT_TRANSLATE_NOOP("CoreText", "Duplicate tensor name '%1'");
  case MessageId::GgufAlignmentType: return QT_TRANSLATE_NOOP("CoreText", "general.alignment must be a uint32, not %1");
  case MessageId::GgufAlignmentNotPowerOfTwo:
    return QT_TRANSLATE_NOOP("CoreText", "general.alignment must be a power of two, not %1");
  case MessageId::GgufTensorOffsetWrong:
    return QT_TRANSLATE_NOOP("CoreText",
                             "Tensor '%1' starts at data offset %2, but the previous tensors end at %3 (with padding)");
  case MessageId::GgufDataSizeOverflows: return QT_TRANSLATE_NOOP("CoreText", "The data size of the tensors overflows");
  case MessageId::GgufTooShort: return QT_TRANSLATE_NOOP("CoreText", "Not a GGUF file: it is only %1 bytes long");
  case MessageId::GgufUnsupportedVersion:
    return QT_TRANSLATE_NOOP("CoreText", "Unsupported GGUF version %1 (1 to 3 are known)");
  case MessageId::GgufTensorCountPastEnd:
    return QT_TRANSLATE_NOOP("CoreText", "The tensor count %1 runs past the end of the file");
  case MessageId::GgufMetadataCountPastEnd:
    return QT_TRANSLATE_NOOP("CoreText", "The metadata count %1 runs past the end of the file");
  case MessageId::GgufPartValue: return QT_TRANSLATE_NOOP("CoreText", "a value");
  case MessageId::GgufPartArrayCount: return QT_TRANSLATE_NOOP("CoreText", "an array count");
  case MessageId::GgufPartStringValue: return QT_TRANSLATE_NOOP("CoreText", "a string value");
  case MessageId::GgufPartKey: return QT_TRANSLATE_NOOP("CoreText", "a metadata key");
  case MessageId::GgufPartValueType: return QT_TRANSLATE_NOOP("CoreText", "value type");
  case MessageId::GgufPartElementType: return QT_TRANSLATE_NOOP("CoreText", "array element type");
  case MessageId::GgufPartTensorName: return QT_TRANSLATE_NOOP("CoreText", "a tensor name");
  case MessageId::GgufPartDimensionCount: return QT_TRANSLATE_NOOP("CoreText", "a tensor's dimension count");
  case MessageId::GgufPartDimension: return QT_TRANSLATE_NOOP("CoreText", "a tensor dimension");
  case MessageId::GgufPartTensorType: return QT_TRANSLATE_NOOP("CoreText", "a tensor type");
  case MessageId::GgufPartTensorOffset: return QT_TRANSLATE_NOOP("CoreText", "a tensor offset");
  case MessageId::GgufPartVersion: return QT_TRANSLATE_NOOP("CoreText", "the version");
  case MessageId::GgufPartTensorCount: return QT_TRANSLATE_NOOP("CoreText", "the tensor count");
  case MessageId::GgufPartMetadataCount: return QT_TRANSLATE_NOOP("CoreText", "the metadata count");
  default: return nullptr;
  }
}

} // namespace ui
} // namespace md
