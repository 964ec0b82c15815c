// The tr() templates of core's messages about services: the Ollama server and
// its API, Modelfiles, the environment variables and API key checks. The
// other half is core_text_files.cpp.
#include <QtGlobal>

#include "ui/shell/core_text_tables.h"

namespace md {
namespace ui {

const char* serviceMessageSource(md::MessageId id) {
  using md::MessageId;
  switch (id) {
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
  case MessageId::NotAModelName: return QT_TRANSLATE_NOOP("CoreText", "'%1' is not a model name");
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
  case MessageId::EnvBroadcastUnconfirmed:
    return QT_TRANSLATE_NOOP("CoreText", "The value is saved, but Windows did not confirm that running programs were "
                                         "told (error %1): restart them, or sign out and in again");
  case MessageId::OllamaAppSettingsUnreadable:
    return QT_TRANSLATE_NOOP("CoreText", "Cannot read the Ollama app's settings in %1: %2");
  case MessageId::OllamaAppRunning:
    return QT_TRANSLATE_NOOP("CoreText", "The Ollama app is running (%1), so its settings in %2 were not changed: quit "
                                         "the app and try again, or in the app's Settings change \"Model location\" "
                                         "to %3");
  case MessageId::OllamaAppSettingsNotWritten:
    return QT_TRANSLATE_NOOP("CoreText", "Cannot change the Ollama app's settings in %1: %2");
  case MessageId::OllamaAppSettingChangedSince:
    return QT_TRANSLATE_NOOP("CoreText", "The Ollama app's model location (setting \"models\" in %1) is %2, not %3: "
                                         "it was changed since, so it was left as it is");
  case MessageId::EnvAppSettingAppRunning:
    return QT_TRANSLATE_NOOP("CoreText", "Nothing was changed: change #%1 also changed the Ollama app's model location "
                                         "(setting \"models\" in %2), and the app is running (%3). Quit the Ollama "
                                         "app, then try again, so both change together");
  case MessageId::ListJoin: return QT_TRANSLATE_NOOP("CoreText", "%1, %2");
  case MessageId::KeyRegionInternational: return QT_TRANSLATE_NOOP("CoreText", "international");
  case MessageId::KeyRegionBeijing: return QT_TRANSLATE_NOOP("CoreText", "Beijing");
  case MessageId::DashScopeAccepted: return QT_TRANSLATE_NOOP("CoreText", "DashScope accepted the key (%1)");
  case MessageId::DashScopeRejectedEverywhere:
    return QT_TRANSLATE_NOOP("CoreText", "DashScope rejected the key in every region tried (%1)");
  case MessageId::DashScopeRejectedWhereReached:
    return QT_TRANSLATE_NOOP("CoreText", "DashScope rejected the key in %1, and %2 could not be reached: %3");
  case MessageId::DashScopeUnreachable: return QT_TRANSLATE_NOOP("CoreText", "DashScope could not be reached (%1): %2");
  case MessageId::WandbAccepted: return QT_TRANSLATE_NOOP("CoreText", "W&B accepted the key (user %1)");
  case MessageId::WandbRejected: return QT_TRANSLATE_NOOP("CoreText", "W&B rejected the key");
  case MessageId::WandbUnrecognised: return QT_TRANSLATE_NOOP("CoreText", "W&B did not recognise the key");
  case MessageId::WandbUnreachable: return QT_TRANSLATE_NOOP("CoreText", "W&B could not be reached: %1");
  case MessageId::UrlAnsweredHttp: return QT_TRANSLATE_NOOP("CoreText", "%1 answered HTTP %2");
  case MessageId::NoKeyCheck: return QT_TRANSLATE_NOOP("CoreText", "%1 has no key check");
  case MessageId::NetNothingAccepted: return QT_TRANSLATE_NOOP("CoreText", "nothing accepted the connection");
  case MessageId::NetUnknownHost: return QT_TRANSLATE_NOOP("CoreText", "the host name could not be resolved");
  case MessageId::NetTimeRanOut: return QT_TRANSLATE_NOOP("CoreText", "the time allowed ran out");
  case MessageId::NetStalled: return QT_TRANSLATE_NOOP("CoreText", "No data moved to or from %1 for %2 ms");
  default: return nullptr;
  }
}

} // namespace ui
} // namespace md
