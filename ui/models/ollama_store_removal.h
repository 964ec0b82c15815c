#pragma once
// "Delete" on Ollama models in the local stores browser: each model goes
// through the local Ollama's API when it is running, or is removed from the
// store on disk as `ollama rm` does when it is not (core/ollama/model_removal).

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace md {
namespace ui {

class JobHandle;

// Removes `models` from the store at `modelsDir` on the job pool; `done` gets
// a translated summary (or the first error) on the GUI thread.
JobHandle* removeOllamaModels(QObject* owner, const QStringList& models, const QString& modelsDir,
                              std::function<void(bool ok, const QString& message)> done);

} // namespace ui
} // namespace md
