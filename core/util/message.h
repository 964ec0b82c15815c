#pragma once
// What core says to people: a stable code plus its arguments, never a
// finished sentence to be picked apart again. Each code has one English
// template here (%1…%n stand for the arguments, in order); the CLI prints
// that English, and the UI maps each code to tr() text of its own (ui/shell/
// core_text.cpp, checked against this table by a test). An argument may be
// a sentence of its own (the cause of a failure) or a size in bytes, so that
// the UI can translate and format it for the reader.
//
// Codes are appended, never renumbered; `Text` carries text core did not
// write itself (a server's own words) or has no code for yet.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

// X(Code, "English template")
#define MD_CORE_MESSAGES(X)                                                                                            \
  X(Text, "%1")                                                                                                        \
  X(PartTwice, "part %1 appears twice: %2 and %3")                                                                     \
  X(ShardTwice, "shard %1 appears twice: %2 and %3")                                                                   \
  X(MissingParts, "Missing %1 (%2 of %3 parts present)")                                                               \
  X(MissingShards, "Missing %1 (%2 of %3 shards present)")                                                             \
  X(PartNameMissing, "%1 does not have a byte-split part name, but %2 does")                                           \
  X(PartsOfDifferentFiles, "The parts belong to different files: %1 and %2")                                           \
  X(NoPartStartsWithGguf, "No part starts with GGUF: the first part of %1 is missing, or these are not GGUF parts")    \
  X(WrongPartOrder, "Wrong order: %1 starts with GGUF, but %2 comes before it")                                        \
  X(SecondPartStartsWithGguf, "%1 also starts with GGUF: only the first part of a byte split does")                    \
  X(PartsTooSmall, "The parts add up to %1, but the header of %2 expects %3: %4 missing (is a part missing?)")         \
  X(PartsTooLarge, "The parts add up to %1, more than the %2 the header of %3 expects")                                \
  X(NotAShard, "%1 is not a llama.cpp shard (it has no split.count above 1)")                                          \
  X(SplitCountDiffers, "split.count differs: %1 says %2, %3 says %4")                                                  \
  X(ShardNumberDiffers, "%1: its name says shard %2, but split.no says shard %3")                                      \
  X(TensorInSeveralShards, "Tensor '%1' appears in more than one shard (%2)")                                          \
  X(ShardTensorCountDiffers, "The shards hold %1 tensors, but split.tensors.count in %2 says %3")                      \
  X(ShardsImportDirectly, "Ollama 0.30 and newer imports llama.cpp shards directly. Merge them for LM Studio, older "  \
                          "Ollama, or a single-file copy.")                                                            \
  X(NoTensors, "%1 has no tensors: it is neither a model, a projector nor an adapter")                                 \
  X(BothModels, "%1 and %2 are both models: pick one")                                                                 \
  X(BothProjectors, "%1 and %2 are both projectors: pick one")                                                         \
  X(BothAdapters, "%1 and %2 are both adapters: pick one")                                                             \
  X(NoModelAmongFiles, "There is no model among the files: a projector or an adapter needs a model")                   \
  X(AlreadyComplete, "%1 is already a complete model: there is nothing to merge")                                      \
  X(ProjectorSeparateFile,                                                                                             \
    "Ollama 0.7.1 and newer reads the projector as a separate file: create the model with two FROM lines instead of "  \
    "merging. Concatenating is only for older Ollama (< 0.7.1); newer Ollama drops the projector from such a file.")   \
  X(CannotRead, "%1 cannot be read: %2")                                                                               \
  X(ShardReason, "llama.cpp shard %1 of %2 (from its header)")                                                         \
  X(PartStartsReason, "part %1 of a byte split (by its name); it starts with the GGUF header")                         \
  X(PartContinuesReason, "part %1 of a byte split (by its name); it continues the file")                               \
  X(GgufModelReason, "a GGUF model (%1)")                                                                              \
  X(GgufProjectorReason, "a GGUF projector (%1)")                                                                      \
  X(GgufAdapterReason, "a GGUF adapter (%1)")                                                                          \
  X(GgufModel, "a GGUF model")                                                                                         \
  X(GgufProjector, "a GGUF projector")                                                                                 \
  X(GgufAdapter, "a GGUF adapter")                                                                                     \
  X(IncompleteDownload, "%1 is incomplete: %2 missing (an interrupted download, or a missing part)")                   \
  X(Incomplete, "%1 is incomplete: %2 missing")                                                                        \
  X(NotGguf, "%1 is not a GGUF file (it starts with '%2', not 'GGUF')")                                                \
  X(EmptyFile, "%1 is empty: an interrupted download, or a placeholder")                                               \
  X(LfsPointer, "%1 is a Git LFS pointer, not the model: download the real file (git lfs pull)")                       \
  X(WebPage, "%1 is a web page, not a GGUF file: the download saved an error or sign-in page")                         \
  X(NoSuchFile, "There is no file %1")                                                                                 \
  X(ChecksumLeftOut, "%1 is a checksum file: left out")                                                                \
  X(NothingToSplit, "%1 already fits in one shard of that size: there is nothing to split")                            \
  X(ListedTwice, "%1 is listed twice")                                                                                 \
  X(NoFilesToMerge, "No files to merge")                                                                               \
  X(ShardsAndParts, "llama.cpp shards (%1) cannot be mixed with byte-split parts (%2)")                                \
  X(NoSpaceWithHeadroom, "Not enough free space: needs %1 plus %2 of headroom in %3, but only %4 is free")             \
  X(NoSpace, "Not enough free space: needs %1 in %2, but only %3 is free")                                             \
  X(FreeSpaceUnknown, "Cannot tell the free space in %1: %2")                                                          \
  X(OutputFolderMissing, "The output folder does not exist: %1")                                                       \
  X(CannotCreateFolder, "Cannot create the folder %1: %2")                                                             \
  X(OutputExists, "The output already exists: %1")                                                                     \
  X(OutputAppeared, "The output appeared while writing: %1")                                                           \
  X(CannotRenameOutput, "Cannot rename the finished output to %1: %2")                                                 \
  X(Cancelled, "Cancelled")                                                                                            \
  X(OllamaNotRunningBecause, "Ollama is not running at %1 (%2)")                                                       \
  X(OllamaNotRunning, "Ollama is not running at %1")                                                                   \
  X(OllamaConnectionFailed, "The connection to Ollama at %1 failed: %2")                                               \
  X(OllamaTimeout, "Ollama at %1 did not answer in time (%2)")                                                         \
  X(CouldNotConnect, "Could not connect to %1: %2")                                                                    \
  X(NoAnswerInTime, "No answer from %1 in time: %2")                                                                   \
  X(RequestFailed, "Request to %1 failed: %2")                                                                         \
  X(CancelledByUser, "Cancelled by the user")                                                                          \
  X(StoppedByCaller, "Stopped by the caller")                                                                          \
  X(OllamaAnsweredWith, "Ollama answered %1 for %2: %3")                                                               \
  X(OllamaAnswered, "Ollama answered %1 for %2")                                                                       \
  X(OllamaReportedError, "Ollama reported an error: %1")                                                               \
  X(OllamaReplyNotJson, "Ollama sent a reply that is not JSON: %1")                                                    \
  X(NotOllama, "The server at %1 does not look like Ollama")                                                           \
  X(StreamBrokeOff, "The stream from Ollama broke off after %1 lines: %2")                                             \
  X(PullEndedEarly, "The pull of %1 ended before Ollama reported success")                                             \
  X(CreateEndedEarly, "Creating %1 ended before Ollama reported success")                                              \
  X(QuantizeNeedsVersion, "Ollama %1 cannot quantize while creating a model (%2 can)")                                 \
  X(QuantizeTypeUnknown, "'%1' is not a quantization type Ollama accepts (%2)")                                        \
  X(QuantizeSourceQuantized, "%1 is %2: Ollama quantizes only F16, BF16 and F32 models")                               \
  X(QuantizeBf16NeedsVersion, "%1 is BF16: Ollama %2 quantizes only F16 and F32 models (%3 also BF16)")                \
  X(StoreHasItButNotServer, "%1, though %2 has it: is that folder the server's OLLAMA_MODELS?")                        \
  X(NotInStore, "%1 is not in the store at %2")                                                                        \
  X(ManifestUnreadable, "The manifest of %1 is not a readable manifest")                                               \
  X(LayerMissingFromStore, "The %1 layer of %2 (%3) is missing from the store at %4")                                  \
  X(NoModelLayer, "%1 has no model layer to copy")                                                                     \
  X(LayerNotCopyable, "%1 has a %2 layer, which cannot be copied to another host")                                     \
  X(ModelExistsOnHost, "\"%1\" already exists on %2")                                                                  \
  X(NotInAnyStore, "%1 is not in any Ollama store; looked in %2")                                                      \
  X(NotInAnyStoreNoFolder, "%1 is not in any Ollama store: no folder to look in")                                      \
  X(StoreModelNotOnServer,                                                                                             \
    "The store at %1 holds %2 but the server at %3 does not have it: is %4 that server's OLLAMA_MODELS?")              \
  X(StoreModelDiffers,                                                                                                 \
    "The store at %1 holds a different version of %2 than the server at %3: is %4 that server's OLLAMA_MODELS?")       \
  X(StoreCheckNoAnswer, "Cannot check %1 in the store at %2 against the server at %3, which did not answer: %4")       \
  X(CannotReadManifest, "Cannot read the manifest %1")                                                                 \
  X(NotAModelName, "'%1' is not a model name")                                                                         \
  X(AlreadyOnHost, "%1 is already on %2: copy it under another name, or to another server")                            \
  X(CopyNeedsStore, "Copying %1 needs the model folder (OLLAMA_MODELS) of %2")                                         \
  X(CannotReadBlob, "Cannot read the blob %1: %2")                                                                     \
  X(InvalidModelName, "'%1' is not a valid model name: %2")                                                            \
  X(CannotReadModelfileBecause, "Cannot read the Modelfile: %1")                                                       \
  X(CannotReadModelfile, "Cannot read the Modelfile")                                                                  \
  X(ModelfileTooLarge, "The file is too large to be a Modelfile")                                                      \
  X(EnvValueEmpty, "%1: the value is empty")                                                                           \
  X(EnvValueMultiline, "%1: the value must be a single line")                                                          \
  X(EnvAddressSpaces, "%1: the address contains spaces")                                                               \
  X(EnvAddressScheme, "%1: only http:// and https:// addresses are supported")                                         \
  X(EnvHostEmpty, "%1: the host name is empty")                                                                        \
  X(EnvIpv6Brackets, "%1: an IPv6 address needs both brackets, as in [::1]:11434")                                     \
  X(EnvPathNotAbsolute, "%1: the path must be absolute (start at the root, not with ~ or a relative folder)")          \
  X(EnvNotAFolder, "%1: %2 exists but is not a folder")                                                                \
  X(EnvCannotWrite, "%1: cannot write in %2")                                                                          \
  X(EnvKeyEmpty, "%1: the key is empty")                                                                               \
  X(EnvKeyBadCharacters, "%1: the key contains spaces or control characters (was it pasted with extra text?)")         \
  X(EnvKeyTooShort, "%1: the key is too short to be an API key")                                                       \
  X(EnvExpectedDuration, "%1: expected a duration such as 5m, 1h or -1")                                               \
  X(EnvExpectedInteger, "%1: expected a whole number")                                                                 \
  X(EnvExpectedBool, "%1: expected true or false (also 1, 0, t, f, TRUE, FALSE, True or False)")                       \
  X(EnvExpectedChoice, "%1: expected one of %2")                                                                       \
  X(EnvNumberOutOfRange, "%1: expected a whole number from %2 to %3")                                                  \
  X(EnvDefaultContextByVram,                                                                                           \
    "chosen by Ollama from the GPU memory: 4096 tokens below 24 GiB, 32768 from 24 GiB, 262144 from 48 GiB")           \
  X(EnvDefaultFlashAttention, "automatic: on where the GPU supports it")                                               \
  X(EnvDefaultModelsPerGpu, "automatic: 3 per GPU (3 in all without a GPU)")                                           \
  X(EnvNothingToUndo, "There is no change to undo")                                                                    \
  X(EnvNothingToRedo, "There is no undone change to redo")                                                             \
  X(EnvNoSuchChange, "There is no change #%1 in the history")                                                          \
  X(EnvAlreadyUndone, "Change #%1 is already undone")                                                                  \
  X(EnvNotUndone, "Change #%1 is in effect: there is nothing to redo")                                                 \
  X(EnvUndoConflict, "Cannot undo change #%1 of %2: change #%3 changed %2 later; undo change #%3 first")               \
  X(EnvRedoConflictLater, "Cannot redo change #%1 of %2: change #%3 changed %2 later; undo change #%3 first")          \
  X(EnvRedoConflictEarlier, "Cannot redo change #%1 of %2: the earlier change #%3 of %2 is undone; redo it first")     \
  X(ServerStatus, "%1")                                                                                                \
  X(UsingSidecarDigest, "using the SHA-256 of %1 from %2")                                                             \
  X(SidecarIgnored, "not using %1: %2")                                                                                \
  X(HashingFile, "hashing %1")                                                                                         \
  X(FileAlreadyOnServer, "%1 is already on the server (%2…)")                                                          \
  X(UploadingFileWith, "uploading %1 (%2)")                                                                            \
  X(UploadingFile, "uploading %1")                                                                                     \
  X(BlobAlreadyOnHost, "%1 is already on %2")                                                                          \
  X(WarningNotCopied, "warning: not copied: %1")                                                                       \
  X(Warning, "warning: %1")                                                                                            \
  X(GgufFile, "a GGUF file")                                                                                           \
  X(FileProblem, "%1: %2")                                                                                             \
  X(RemovedLeftover, "Removed %1, left by an interrupted run (%2)")                                                    \
  X(ProbingStore, "checking whether %1 is the store of %2")                                                            \
  X(StoreProven, "%1 is the store of %2: blobs are placed there directly")                                             \
  X(StoreNotTheServers, "%1 is not the store of %2: a blob placed there is not seen by the server")                    \
  X(StoreNotWritable, "Cannot write in the store %1: %2")                                                              \
  X(UploadingInstead, "no store of %1 that ModelDesk can write on this machine: uploading over HTTP")                  \
  X(PlacementNeedsStore, "Placing by %1 needs the store of %2 on this machine, writable and proven by a probe")        \
  X(PlacementNeedsOneFilesystem, "%1 and the store %2 are on different filesystems: %3 needs one filesystem")          \
  X(CannotClone, "The filesystem of %1 cannot clone files (reflink)")                                                  \
  X(CannotPlaceBlob, "Cannot place %1 in the store: %2")                                                               \
  X(PlacedByClone, "%1: placed as a copy-on-write clone (no bytes written)")                                           \
  X(PlacedByHardLink,                                                                                                  \
    "%1: placed as a hard link (no bytes written); editing the source file in place would change the model")           \
  X(PlacedByCopy, "%1: copied into the store (%2)")                                                                    \
  X(PlacedByMove, "%1: moved into the store")                                                                          \
  X(JoiningIntoStore, "joining %1 into the store (%2)")                                                                \
  X(BlobAlreadyInStore, "%1 is already in the store")                                                                  \
  X(UsingCacheDigest, "using the SHA-256 that names the Hugging Face cache file of %1")                                \
  X(CacheDigestDiffers, "%1 is not what its Hugging Face cache name says (its SHA-256 is %2)")                         \
  X(RemovedPlacedBlob, "removed %1 from the store")                                                                    \
  X(RemovedLeftoverTemp, "removed %1, left by an import that was interrupted")                                         \
  X(RemovedImportedModel, "removed %1, created before the import stopped")                                             \
  X(ImportRefused, "These files cannot be imported: %1")                                                               \
  X(SizeChanged, "%1 changed size since it was planned (%2 now, %3 planned)")                                          \
  X(RemovalStoreNotTheServers,                                                                                         \
    "%1 was not removed: the server at %2 does not use the store at %3 (a probe placed there was not seen through "    \
    "it), so deleting through it could remove another store's model of that name")                                     \
  X(RemovalStoreUnproven, "%1 was not removed: cannot check that the server at %2 uses the store at %3: %4")           \
  X(MovingAcrossFilesystems,                                                                                           \
    "%1 is on another filesystem than the store: copied with its hash in the same pass; the source is removed once "   \
    "the model is created")                                                                                            \
  X(RemovedMovedSource, "removed %1: it was moved into the store")                                                     \
  X(CannotRemoveMovedSource, "could not remove %1 after moving it into the store: %2")                                 \
  X(ModelfileUnknownInstruction, "'%1' is not an instruction: use FROM, PARAMETER, TEMPLATE, SYSTEM, MESSAGE, "        \
                                 "ADAPTER, LICENSE, DRAFT, RENDERER, PARSER or REQUIRES")                              \
  X(ModelfileInstructionWithoutValue, "%1 has no value on its line")                                                   \
  X(ModelfileInvalidRole, "'%1' is not a message role: use system, user or assistant")                                 \
  X(ModelfileParameterWithoutValue, "PARAMETER %1 has no value")                                                       \
  X(ModelfileBadParameterCharacter, "'%1' cannot be part of a parameter name (letters, digits and _ only)")            \
  X(ModelfileMessageWithoutText, "MESSAGE %1 has no text")                                                             \
  X(ModelfileBadRoleCharacter, "'%1' cannot be part of a message role")                                                \
  X(ModelfileUnclosedQuote, "the quote %1 opened on this line is never closed: the rest of the file is part of it")    \
  X(ModelfileIncomplete, "the file ends in the middle of an instruction")                                              \
  X(ModelfileNoFrom, "no FROM line")                                                                                   \
  X(ModelfileUnknownParameter, "unknown parameter '%1'")                                                               \
  X(ModelfileUnknownParameterDidYouMean, "unknown parameter '%1' (did you mean %2?)")                                  \
  X(ModelfileDeprecatedParameter, "parameter %1 is deprecated")                                                        \
  X(ModelfileInvalidValue, "invalid %1 value [%2]")                                                                    \
  X(ModelfileNeedsTarget, "%1 needs a model name or a path")                                                           \
  X(ModelfileNeedsLocalPath, "no such file or folder: %1 (%2 needs a local path)")                                     \
  X(ModelfileNotFileNorModel, "'%1' is neither a file nor a model on the Ollama server")                               \
  X(ModelfileUsesModelName, "'%1' is not a file here, so Ollama will use the model of that name")                      \
  X(ModelfileBadRequires, "requires must be a valid semver (e.g. 0.14.0)")                                             \
  X(ModelfileDraftSameAsFrom, "DRAFT must not reference the same local path as FROM: %1")                              \
  X(ModelfileSetAgain, "%1 is set again on line %2; only the last one is used")                                        \
  X(ModelfileUnclosedAction, "TEMPLATE: this \"{{\" has no matching \"}}\"")                                           \
  X(ModelfileStrayClose, "TEMPLATE: this \"}}\" has no matching \"{{\"")                                               \
  X(CannotListFolder, "Cannot list the folder %1: %2")                                                                 \
  X(FolderHasNoGguf, "The folder %1 has no .gguf files")                                                               \
  X(NoSuchFileOrFolder, "no such file or folder: %1")                                                                  \
  X(NeitherFileNorModelName, "'%1' is neither an existing file nor a valid model name")                                \
  X(FileInUse, "%1 is open in another program: close it there and try again")                                          \
  X(EnvBroadcastUnconfirmed, "The value is saved, but Windows did not confirm that running programs were told "        \
                             "(error %1): restart them, or sign out and in again")                                     \
  X(OllamaAppSettingsUnreadable, "Cannot read the Ollama app's settings in %1: %2")                                    \
  X(ExportBlobMissing, "The blob %1 of %2 is missing from the store at %3")                                            \
  X(ExportBlobSizeWrong, "The blob %1 has %2 on disk, but the manifest says %3: it is damaged or incomplete")          \
  X(ExportBlobDamaged, "%1 is damaged: the SHA-256 of the blob %2 is %3")                                              \
  X(ExportBlobNotGguf, "The blob %1 is not a readable GGUF: %2")                                                       \
  X(ExportNoModelLayer, "%1 has no model layer to export")                                                             \
  X(ExportLayerSkipped, "The %1 layer is not exported: a Modelfile has no instruction for it")                         \
  X(ExportValueNotWritable, "%1 cannot be written in a Modelfile: %2")                                                 \
  X(ExportLayerNotJson, "The %1 layer is not the JSON Ollama writes")                                                  \
  X(ExportFolderNotFolder, "%1 is not a folder")                                                                       \
  X(ExportedByClone, "%1: a copy-on-write clone of the blob (no bytes written)")                                       \
  X(ExportedByHardLink,                                                                                                \
    "%1: a hard link to the blob (no bytes written; editing the file in place would change the model in Ollama)")      \
  X(ExportedByCopy, "%1: copied (%2), SHA-256 verified in the same pass")                                              \
  X(ExportDone, "Exported %1 to %2")                                                                                   \
  X(ReclaimChangedRecently, "%1 changed less than %2 minutes ago: a download or an import may still be writing it")    \
  X(ReclaimOtherFilesystem, "%1 is on another filesystem than the copy kept (%2): a link cannot join them")            \
  X(ReclaimGone, "%1 is gone already")                                                                                 \
  X(ReclaimChangedSincePlan, "%1 changed since the plan: kept")                                                        \
  X(ReclaimCannotCheck, "Cannot check %1: %2")                                                                         \
  X(ReclaimManifestUnreadable, "The manifest %1 cannot be read, so no blob is deleted (it may need any of them)")      \
  X(ReclaimBlobInUse, "%1 is used by %2 now: kept")                                                                    \
  X(ReclaimCannotDelete, "Cannot delete %1: %2")                                                                       \
  X(ReclaimOwnerRunning, "%1 is being written again by process %2: kept")                                              \
  X(ReclaimHashDiffers, "%1 no longer has the SHA-256 %2: not linked")                                                 \
  X(ReclaimCannotLink, "Cannot link %1 to %2: %3")                                                                     \
  X(ReclaimKeptChanged, "The copy to keep, %1, is gone or changed: nothing linked")                                    \
  X(ReclaimAlreadyLinked, "%1 is already the same file as %2")                                                         \
  X(ReclaimCancelled, "%1: cancelled before it was done")                                                              \
  X(ReclaimClonedNote, "replaced %1 by a copy-on-write clone of %2 (%3 freed)")                                        \
  X(ReclaimHardLinkedNote, "replaced %1 by a hard link to %2 (%3 freed)")                                              \
  X(ReclaimDeletedNote, "deleted %1 (%2)")                                                                             \
  X(ReclaimServerUnsure, "%1 is kept: cannot ask the server at %2 about it: %3")                                       \
  X(ReclaimServerDisagrees,                                                                                            \
    "%1 is kept: the server at %2 lists %3, whose manifest in this store is missing or differs")                       \
  X(ReclaimNoBlobApi, "Ollama has no API that deletes one blob: orphans are deleted on disk, each after checking "     \
                      "again that no manifest uses it")                                                                \
  X(OllamaAppRunning, "The Ollama app is running (%1), so its settings in %2 were not changed: quit the app and try "  \
                      "again, or in the app's Settings change \"Model location\" to %3")                               \
  X(OllamaAppSettingsNotWritten, "Cannot change the Ollama app's settings in %1: %2")                                  \
  X(AlreadyAShard, "%1 is already a shard")                                                                            \
  X(SplitNeedsLimit, "Give a maximum size or a maximum tensor count per shard")                                        \
  X(TooManyShards, "That would make more than %1 shards")                                                              \
  X(ShardDoesNotReadBack, "Shard %1 does not read back")                                                               \
  X(MergeRefusedBecause, "These files cannot be merged: %1")                                                           \
  X(MergeRefused, "These files cannot be merged")                                                                      \
  X(NothingToMerge, "There is nothing to merge")                                                                       \
  X(ProjectorNeedsNoMerge, "A model and a projector need no merge for Ollama 0.7.1 and newer: create the model with "  \
                           "two FROM lines. Concatenate them only for older Ollama (legacy concat).")                  \
  X(OutputIsAnInput, "The output cannot be one of the inputs: %1")                                                     \
  X(WrittenNotGguf, "The written file does not read back as GGUF: %1")                                                 \
  X(WrittenSizeWrong, "The written file has %1 bytes, expected %2")                                                    \
  X(TwoReasons, "%1; %2")                                                                                              \
  X(ManifestLayerNotObject, "The manifest of %1 has a layer that is not an object")                                    \
  X(ManifestLayerWithoutDigest, "The manifest of %1 has a layer without a media type or digest")                       \
  X(ManifestDigestNotSha256, "The manifest of %1 names a blob that is not a SHA-256 digest: %2")                       \
  X(CannotListManifests, "Cannot list the manifests: %1")                                                              \
  X(StoreIndexUnreadable, "the store index is unreadable; it will be rebuilt")                                         \
  X(StoreIndexDamaged, "the store index is damaged: %1")                                                               \
  X(StoreIndexNotWritten, "cannot write the store index")                                                              \
  X(StoreIndexNotReplaced, "cannot replace the store index: %1")                                                       \
  X(NoHfCacheHere, "no Hugging Face cache here")                                                                       \
  X(NoHfCacheFolders, "no Hugging Face cache here (no models--ORG--NAME folders, and no hub folder)")                  \
  X(NoModelScopeCacheHere, "no ModelScope cache here")                                                                 \
  X(NotABlobName, "not an Ollama blob name")                                                                           \
  X(LayerWithoutDigest, "a layer without a media type or digest")                                                      \
  X(LayerWithoutDigestOf, "a layer without a media type or digest (%1)")                                               \
  X(MissingBlob, "missing blob %1 (%2)")                                                                               \
  X(NoOllamaStoreHere, "no Ollama store here (no manifests or blobs folder)")                                          \
  X(NotAReadableManifest, "not a readable manifest")                                                                   \
  X(CannotReadFolder, "cannot read folder: %1")                                                                        \
  X(StoppedReadingFolder, "stopped reading folder: %1")                                                                \
  X(NotAFolder, "not a folder")                                                                                        \
  X(DanglingSymlink, "dangling symlink")                                                                               \
  X(CannotReadEntry, "cannot read")                                                                                    \
  X(OllamaAppSettingChangedSince, "The Ollama app's model location (setting \"models\" in %1) is %2, not %3: it was "  \
                                  "changed since, so it was left as it is")                                            \
  X(EnvAppSettingAppRunning, "Nothing was changed: change #%1 also changed the Ollama app's model location (setting "  \
                             "\"models\" in %2), and the app is running (%3). Quit the Ollama app, then try again, "   \
                             "so both change together")                                                                \
  X(ListJoin, "%1, %2")                                                                                                \
  X(KeyRegionInternational, "international")                                                                           \
  X(KeyRegionBeijing, "Beijing")                                                                                       \
  X(DashScopeAccepted, "DashScope accepted the key (%1)")                                                              \
  X(DashScopeRejectedEverywhere, "DashScope rejected the key in every region tried (%1)")                              \
  X(DashScopeRejectedWhereReached, "DashScope rejected the key in %1, and %2 could not be reached: %3")                \
  X(DashScopeUnreachable, "DashScope could not be reached (%1): %2")                                                   \
  X(WandbAccepted, "W&B accepted the key (user %1)")                                                                   \
  X(WandbRejected, "W&B rejected the key")                                                                             \
  X(WandbUnrecognised, "W&B did not recognise the key")                                                                \
  X(WandbUnreachable, "W&B could not be reached: %1")                                                                  \
  X(UrlAnsweredHttp, "%1 answered HTTP %2")                                                                            \
  X(NoKeyCheck, "%1 has no key check")                                                                                 \
  X(NetNothingAccepted, "nothing accepted the connection")                                                             \
  X(NetUnknownHost, "the host name could not be resolved")                                                             \
  X(NetTimeRanOut, "the time allowed ran out")                                                                         \
  X(NetStalled, "No data moved to or from %1 for %2 ms")                                                               \
  X(GgufEndsInside, "The file ends in the middle of %1 (file size %2 bytes)")                                          \
  X(GgufLengthPastEnd, "The length of %1 (%2 bytes) runs past the end of the file (%3 bytes left)")                    \
  X(GgufUnknownType, "Unknown %1 %2 for key '%3'")                                                                     \
  X(GgufArraysTooDeep, "Arrays nest deeper than %1 levels in key '%2'")                                                \
  X(GgufArrayPastEnd, "The array count %1 of key '%2' runs past the end of the file (%3 bytes left)")                  \
  X(GgufDuplicateKey, "Duplicate metadata key '%1'")                                                                   \
  X(GgufTensorNameTooLong, "Tensor name '%1' is longer than %2 bytes")                                                 \
  X(GgufTooManyDimensions, "Tensor '%1' has %2 dimensions (at most %3)")                                               \
  X(GgufNegativeDimension, "Tensor '%1' has a negative dimension %2")                                                  \
  X(GgufElementCountOverflows, "The element count of tensor '%1' overflows")                                           \
  X(GgufUnknownTensorType, "Tensor '%1' has an unknown type %2")                                                       \
  X(GgufNotABlockMultiple, "Tensor '%1': its first dimension %2 is not a multiple of the %3 block size %4")            \
  X(GgufByteSizeOverflows, "The byte size of tensor '%1' overflows")                                                   \
  X(GgufDuplicateTensor, "Duplicate tensor name '%1'")                                                                 \
  X(GgufAlignmentType, "general.alignment must be a uint32, not %1")                                                   \
  X(GgufAlignmentNotPowerOfTwo, "general.alignment must be a power of two, not %1")                                    \
  X(GgufTensorOffsetWrong, "Tensor '%1' starts at data offset %2, but the previous tensors end at %3 (with padding)")  \
  X(GgufDataSizeOverflows, "The data size of the tensors overflows")                                                   \
  X(GgufTooShort, "Not a GGUF file: it is only %1 bytes long")                                                         \
  X(GgufUnsupportedVersion, "Unsupported GGUF version %1 (1 to 3 are known)")                                          \
  X(GgufTensorCountPastEnd, "The tensor count %1 runs past the end of the file")                                       \
  X(GgufMetadataCountPastEnd, "The metadata count %1 runs past the end of the file")                                   \
  X(GgufPartValue, "a value")                                                                                          \
  X(GgufPartArrayCount, "an array count")                                                                              \
  X(GgufPartStringValue, "a string value")                                                                             \
  X(GgufPartKey, "a metadata key")                                                                                     \
  X(GgufPartValueType, "value type")                                                                                   \
  X(GgufPartElementType, "array element type")                                                                         \
  X(GgufPartTensorName, "a tensor name")                                                                               \
  X(GgufPartDimensionCount, "a tensor's dimension count")                                                              \
  X(GgufPartDimension, "a tensor dimension")                                                                           \
  X(GgufPartTensorType, "a tensor type")                                                                               \
  X(GgufPartTensorOffset, "a tensor offset")                                                                           \
  X(GgufPartVersion, "the version")                                                                                    \
  X(GgufPartTensorCount, "the tensor count")                                                                           \
  X(GgufPartMetadataCount, "the metadata count")

namespace md {

enum class MessageId : std::uint16_t {
#define MD_MESSAGE_ID(code, english) code,
  MD_CORE_MESSAGES(MD_MESSAGE_ID)
#undef MD_MESSAGE_ID
};

// The code's stable name ("PartTwice") and its English template.
const char* messageKey(MessageId id);
const char* messageTemplate(MessageId id);
// Every code, in order (for tests that check the UI covers them all).
std::vector<MessageId> allMessageIds();

struct Message;

struct MessageArg {
  MessageArg(std::string value) : text(std::move(value)) {}
  MessageArg(const char* value) : text(value) {}
  MessageArg(const Message& inner);
  // A size in bytes: "1.5 GiB" in English, the reader's units in the UI.
  static MessageArg bytes(std::uint64_t count);
  static MessageArg number(std::uint64_t value) { return MessageArg(std::to_string(value)); }

  std::string text;                        // the argument as English text
  std::shared_ptr<const Message> sentence; // set when it is a message of its own
  std::optional<std::uint64_t> byteCount;  // set for a size
};

struct Message {
  Message() = default;
  Message(MessageId code, std::vector<MessageArg> arguments = {}) : id(code), args(std::move(arguments)) {}
  // Text with no code: shown as it is.
  static Message plain(std::string text) { return Message(MessageId::Text, {MessageArg(std::move(text))}); }

  std::string english() const;
  bool isPlain() const { return id == MessageId::Text; }

  MessageId id = MessageId::Text;
  std::vector<MessageArg> args;
};

// The English of each message, in order (the CLI's JSON lists them so).
std::vector<std::string> englishTexts(const std::vector<Message>& messages);

// Fills %1…%n of `pattern` with `args`, once each, left to right ("%1" in an
// argument stays as it is).
std::string fillTemplate(const std::string& pattern, const std::vector<std::string>& args);

} // namespace md
