// The Modelfile page's GGUF helpers: "Fill from GGUF", version-aware (it
// writes a TEMPLATE only when the planned Ollama version needs one, and
// offers to remove a TEMPLATE that takes capabilities away), and FROM lines
// for dropped GGUF files.
#include <QMessageBox>
#include <QToolButton>

#include <algorithm>

#include "core/modelfile/gguf_assist.h"
#include "core/modelfile/parser.h"
#include "core/templates/go_families.h"
#include "core/templates/template_plan_files.h"
#include "core/util/paths.h"
#include "ui/modelfile/modelfile_page.h"
#include "ui/modelfile/plan_text.h"
#include "ui/modelfile/template_plan_pane.h"
#include "ui/modelfile/template_plan_view.h"
#include "ui/modelfile/template_planner.h"
#include "ui/shell/banner.h"
#include "ui/shell/core_text.h"
#include "ui/shell/job.h"

namespace md {
namespace ui {

namespace tp = md::templates;

namespace {

// The text without its TEMPLATE commands (whole lines), or nothing when it does not parse.
std::optional<std::string> withoutTemplate(const std::string& text) {
  const auto outcome = md::modelfile::parse(text);
  if (!outcome.ok())
    return std::nullopt;
  std::string out = text;
  const auto& commands = outcome.modelfile.commands;
  for (auto it = commands.rbegin(); it != commands.rend(); ++it) {
    if (it->instruction != md::modelfile::Instruction::Template)
      continue;
    const std::size_t begin = it->keywordSpan.begin - std::size_t(it->keywordSpan.column);
    std::size_t end = text.find_first_of("\r\n", std::max(it->valueSpan.end, it->keywordSpan.end));
    end = end == std::string::npos ? text.size() : end + (text.compare(end, 2, "\r\n") == 0 ? 2 : 1);
    out.erase(begin, end - begin);
  }
  return out;
}

} // namespace

// What Fill from GGUF found, on the job pool; applied on the GUI thread.
struct FillProposal {
  std::string text;
  PlanOutcome outcome;
  std::optional<std::string> removedTemplate; // the text without its TEMPLATE
  std::optional<PlanOutcome> withoutTemplate; // and its plan
};

namespace {

// Removing the TEMPLATE gives the model capabilities back on this version.
bool removalRestoresCapabilities(const FillProposal& proposal) {
  if (!proposal.withoutTemplate || proposal.withoutTemplate->problem != PlanProblem::None)
    return false;
  const auto& without = proposal.withoutTemplate->plan;
  const auto& with = proposal.outcome.plan.capabilities;
  return !without.needsTemplate && std::any_of(without.capabilities.begin(), without.capabilities.end(), [&](auto c) {
    return std::find(with.begin(), with.end(), c) == with.end();
  });
}

QString capabilityNames(const std::vector<tp::Capability>& capabilities) {
  QStringList names;
  for (auto capability : capabilities)
    names << PlanText::capability(capability);
  return names.join(PlanText::tr(", "));
}

} // namespace

void ModelfilePage::fillFromGguf() {
  fillButton_->setEnabled(false);
  auto work = [text = editor_->toPlainText().toStdString(), dir = md::pathFromUtf8(modelfileDir().toStdString()),
               version = planPane_->plannedVersion(), cache = planPane_->planner()->cache()](md::ProgressReporter&) {
    FillProposal proposal;
    proposal.text = text;
    proposal.outcome = computeTemplatePlan(text, dir, version, cache.get());
    if (proposal.outcome.problem == PlanProblem::None && proposal.outcome.modelfileHasTemplate) {
      proposal.removedTemplate = withoutTemplate(text);
      if (proposal.removedTemplate)
        proposal.withoutTemplate = computeTemplatePlan(*proposal.removedTemplate, dir, version, cache.get());
    }
    return md::Result<FillProposal>(std::move(proposal));
  };
  runJob(this, work, [this](md::Result<FillProposal> result) {
    fillButton_->setEnabled(true);
    const bool changed = result && applyFill(*result);
    Q_EMIT ggufAssistFinished(changed);
  });
}

bool ModelfilePage::applyFill(const FillProposal& proposal) {
  const PlanOutcome& outcome = proposal.outcome;
  const QString ollama = PlanText::ollamaVersion(outcome.version);
  if (outcome.problem != PlanProblem::None) {
    banner_->showMessage(Banner::Kind::Warning, [outcome] {
      return tr("Fill from GGUF changed nothing: %1").arg(TemplatePlanView::problemText(outcome));
    });
    return false;
  }
  const tp::TemplatePlan& plan = outcome.plan;
  if (plan.needsTemplate) {
    auto filled = plan.suggested ? std::optional(tp::fillTemplate(proposal.text, plan, false)) : std::nullopt;
    if (!filled || !*filled) {
      banner_->showMessage(Banner::Kind::Warning, [version = outcome.version] {
        return tr("Fill from GGUF changed nothing: %1 needs a TEMPLATE for this model, but ModelDesk "
                  "does not recognise its chat format. Write one by hand or pick a preset.")
            .arg(PlanText::ollamaVersion(version));
      });
      return false;
    }
    replaceTextUndoably(QString::fromStdString((*filled)->text));
    const auto* family = tp::findGoTemplateFamily(plan.suggested->family);
    const QString name = QString::fromStdString(family ? family->displayName : plan.suggested->family);
    banner_->showMessage(Banner::Kind::Success, [name, version = outcome.version] {
      return tr("Wrote the %1 template and its stop lines: without a TEMPLATE, %2 would send chats as the bare prompt.")
          .arg(name, PlanText::ollamaVersion(version));
    });
    return true;
  }
  if (removalRestoresCapabilities(proposal)) {
    const auto& without = proposal.withoutTemplate->plan;
    const QString question =
        tr("On %1 the Modelfile’s TEMPLATE takes capabilities away: with it the model offers %2; without it, %3. "
           "Remove the TEMPLATE?")
            .arg(ollama, capabilityNames(plan.capabilities), capabilityNames(without.capabilities));
    if (removeTemplatePrompt_(question) != QMessageBox::Yes) {
      banner_->showMessage(Banner::Kind::Info, [] { return tr("Kept the TEMPLATE."); });
      return false;
    }
    replaceTextUndoably(QString::fromStdString(*proposal.removedTemplate));
    banner_->showMessage(Banner::Kind::Success, [without, version = outcome.version] {
      return tr("Removed the TEMPLATE: %1").arg(PlanText::rendersWith(without, version));
    });
    return true;
  }
  banner_->showMessage(Banner::Kind::Info, [plan, version = outcome.version] {
    return tr("No TEMPLATE needed: %1").arg(PlanText::rendersWith(plan, version));
  });
  return false;
}

void ModelfilePage::addGgufFiles(const QStringList& paths) {
  using md::modelfile::DroppedGguf;
  std::vector<std::filesystem::path> files;
  for (const QString& path : paths)
    files.push_back(md::pathFromUtf8(path.toStdString()));
  auto work = [files](md::ProgressReporter&) { return md::modelfile::classifyGgufs(files); };
  runJob(this, work, [this](md::Result<std::vector<DroppedGguf>> result) {
    if (!result) {
      banner_->showMessage(Banner::Kind::Error, [error = result.error()] {
        return tr("Cannot add the GGUF: %1").arg(describeError(error));
      });
      Q_EMIT ggufAssistFinished(false);
      return;
    }
    md::modelfile::FromLineComments comments;
    comments.projector =
        tr("Vision projector (mmproj) for the model above: Ollama adds it as the projector layer").toStdString();
    comments.adapter = tr("LoRA adapter applied on top of the model").toStdString();
    const auto text = md::modelfile::addFromLines(editor_->toPlainText().toStdString(), *result,
                                                  md::pathFromUtf8(modelfileDir().toStdString()), comments);
    replaceTextUndoably(QString::fromStdString(text));
    banner_->clear();
    Q_EMIT ggufAssistFinished(true);
  });
}

} // namespace ui
} // namespace md
