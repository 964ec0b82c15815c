#pragma once
// "Create in Ollama…" on a Modelfile with errors: Ollama would refuse it, so
// the page asks first, naming the first problem and its line.

#include <QString>
#include <QVector>
#include <functional>
#include <optional>

#include "ui/modelfile/modelfile_editor.h"

class QWidget;

namespace md {
namespace ui {

// The first error in `text`: the syntax and parameter checks (no disk access,
// so fine on the GUI thread), else the first error the live validator found
// (paths included).
std::optional<EditorDiagnostic> firstModelfileError(const QString& text, const QVector<EditorDiagnostic>& live);

// Opens a window-modal question "Create anyway?" (object name
// "createWithErrorsQuestion") and calls `proceed` only when the user agrees.
void askCreateDespiteErrors(QWidget* parent, const EditorDiagnostic& first, std::function<void()> proceed);

} // namespace ui
} // namespace md
