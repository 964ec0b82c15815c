// The Environment page and the Ollama server: after a change Ollama reads,
// a banner says what to restart and how on this OS (and forgets a variable
// an undo put back); on Linux, where the
// Ollama system service sees none of the user's files, the changes can be
// written to its systemd override through pkexec when the user agrees (the
// file is shown for copying either way).

#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>

#include "core/env/linux_backend.h"
#include "core/util/paths.h"
#include "ui/env/env_core.h"
#include "ui/env/env_texts.h"
#include "ui/env/environment_page.h"
#include "ui/shell/banner.h"
#include "ui/shell/job.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

namespace {

QString q(const std::string& text) {
  return QString::fromStdString(text);
}

} // namespace

void EnvironmentPage::noteOllamaChange(const std::string& name, const std::optional<std::string>& before,
                                       const std::optional<std::string>& after) {
  const env::VariableInfo* info = env::findVariable(name);
  if (info == nullptr || !info->readByOllama)
    return;
  ollamaBaseline_.emplace(name, before); // kept from the first change only
  if (ollamaBaseline_[name] == after) {  // back to what Ollama had: nothing to restart for
    ollamaBaseline_.erase(name);
    ollamaChanges_.erase(name);
  } else {
    ollamaChanges_[name] = after;
  }
  showRestartBanner();
}

void EnvironmentPage::showRestartBanner() {
  const bool service = env::currentOs() == env::Os::Linux && env::ollamaServiceUserExists();
  if (ollamaChanges_.empty()) {
    restartBanner_->clear();
    serviceButton_->setVisible(false);
    return;
  }
  QStringList names;
  for (const auto& [changed, unused] : ollamaChanges_)
    names << q(changed);
  restartBanner_->showMessage(Banner::Kind::Warning, [names, service] {
    return tr("Ollama reads %1 only when it starts. %2").arg(listText(names), restartAdvice(env::currentOs(), service));
  });
  serviceButton_->setVisible(service);
}

void EnvironmentPage::applyToOllamaService() {
  auto core = core_;
  const auto changes = ollamaChanges_;
  runJob(
      this,
      [core, changes](ProgressReporter&) -> Result<env::PlannedWrite> {
        auto* linux = dynamic_cast<env::LinuxEnvBackend*>(core->platform.backend.get());
        if (linux == nullptr || changes.empty())
          return makeError(ErrorCode::Unsupported, "Only Linux has a separate Ollama service configuration");
        auto planned = linux->planServiceOverride(changes.begin()->first, changes.begin()->second);
        if (!planned)
          return planned.error();
        for (const auto& [name, value] : changes)
          planned->content = env::updateSystemdOverride(planned->content, name, value);
        return planned;
      },
      [this, core](Result<env::PlannedWrite> planned) {
        if (!planned)
          return banner_->showError(planned.error());
        if (!servicePrompt_(q(planned->target), q(planned->content)))
          return;
        auto* stage = new QTemporaryDir;
        const QString staged = stage->filePath(QStringLiteral("override.conf"));
        QFile file(staged);
        if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::fromStdString(planned->content)) < 0) {
          delete stage;
          return banner_->showMessage(Banner::Kind::Error,
                                      [staged] { return tr("Cannot stage the service file in %1").arg(staged); });
        }
        file.close();
        auto* linux = dynamic_cast<env::LinuxEnvBackend*>(core->platform.backend.get());
        QStringList arguments;
        for (const auto& argument : linux->serviceInstallCommand(pathFromUtf8(staged.toStdString())))
          arguments << q(argument);
        auto* process = new QProcess(this);
        connect(process, &QProcess::finished, this, [this, process, stage](int code, QProcess::ExitStatus status) {
          const bool ok = status == QProcess::NormalExit && code == 0;
          banner_->showMessage(ok ? Banner::Kind::Success : Banner::Kind::Error, [ok] {
            return ok ? tr("The Ollama service has the new settings and was restarted.")
                      : tr("The service file was not written (the administrator prompt was closed or failed).");
          });
          if (ok) { // the service runs with these values now
            ollamaChanges_.clear();
            ollamaBaseline_.clear();
            restartBanner_->clear();
          }
          process->deleteLater();
          delete stage;
          reload();
        });
        connect(process, &QProcess::errorOccurred, this, [this, process, stage](QProcess::ProcessError error) {
          if (error != QProcess::FailedToStart)
            return;
          banner_->showMessage(Banner::Kind::Error, [] {
            return tr("pkexec could not be started. Write the file yourself as root, then restart the Ollama service.");
          });
          process->deleteLater();
          delete stage;
        });
        process->start(arguments.takeFirst(), arguments);
      });
}

} // namespace ui
} // namespace md
