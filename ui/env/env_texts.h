#pragma once
// The Environment page's words for what core describes in English: each
// catalog variable's one-line purpose, the variable kinds, the warnings of a
// store move and how to restart Ollama on this OS. All translated.

#include <QString>

#include "core/env/app_setting_history.h"
#include "core/env/catalog.h"
#include "core/env/history.h"
#include "core/env/key_check.h"
#include "core/env/model_store_move.h"
#include "core/env/ollama_app_settings.h"

namespace md {
namespace ui {

// Empty for a name the catalog does not have.
QString variablePurpose(const QString& name);
QString restartAdvice(env::Os os, bool ollamaService);
QString moveWarningText(env::MoveWarning warning, const env::StoreMovePlan& plan);
// "The Ollama app starts the server with OLLAMA_HOST=0.0.0.0 …": the value, the
// app setting it comes from and where that setting is kept.
QString appOverrideText(const env::AppOverride& override, const QString& database);
// What undo or redo of a store move did to the Ollama app's model location.
QString appSettingRestoreText(const env::AppSettingRestore& restore);
// A History entry ("… set OLLAMA_MODELS: /a -> /b"), secrets masked, in the
// reader's language.

} // namespace ui
} // namespace md
