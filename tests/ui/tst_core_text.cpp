// Core speaks in codes and a Chinese user reads them translated: merge plans
// made from real files with real problems are shown in zh_CN, pieces (file
// names, sizes) kept, nested sentences translated, text without a code left
// as it is; and the UI's table has a template for every code, with the same
// English as core's.
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>

#include "core/env/catalog.h"
#include "core/gguf/reader.h"
#include "core/merge/merge_plan.h"
#include "core/ollama/client.h"
#include "core/stores/ollama_store.h"
#include "core/util/paths.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/gguf_builder.h"
#include "tests/support/merge_fixtures.h"
#include "tests/support/temp_folder.h"
#include "ui/modelfile/plan_text.h"
#include "ui/models/ollama_details.h"
#include "ui/shell/application.h"
#include "ui/shell/core_text.h"
#include "ui/shell/language.h"
#include "ui/shell/widgets.h"

using namespace md::ui;
namespace fs = std::filesystem;

namespace {
bool hasChinese(const QString& text) {
  for (const QChar c : text)
    if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
      return true;
  return false;
}
} // namespace

class CoreTextTest : public QObject {
  Q_OBJECT

private:
  QTemporaryDir dir_;
  LanguageManager* language_ = nullptr;

  fs::path folder(const char* name) const { return fs::path(dir_.filePath(QString::fromUtf8(name)).toStdString()); }

  // Every problem and reason of the plan reads as Chinese.
  void expectTranslated(const md::merge::MergePlan& plan) {
    QVERIFY(!plan.problems.empty());
    for (const auto& problem : plan.problems) {
      const QString shown = coreText(problem);
      QVERIFY2(hasChinese(shown), problem.english().c_str());
    }
    for (const auto& file : plan.files) {
      const md::Message& why = file.problem ? *file.problem : file.reason;
      QVERIFY2(hasChinese(coreText(why)), why.english().c_str());
    }
  }

private Q_SLOTS:
  void initTestCase() {
    setUpApplication(*qApp);
    QVERIFY(dir_.isValid());
    language_ = new LanguageManager(this);
    language_->setLanguage(QStringLiteral("zh_CN"), false);
  }

  void missingPartIsTranslatedWithItsPieces() {
    auto parts =
        md::testing::writeParts(md::testing::tinyLlama(), folder("缺 部分") / "qwen 7b.gguf", {".a", ".b", ".c"});
    fs::remove(parts[1]);
    const auto plan = md::merge::classify({parts[0], parts[2]});
    expectTranslated(plan);
    const QString shown = coreText(plan.problems.front());
    QVERIFY2(shown.contains(QStringLiteral(".b")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("2")) && shown.contains(QStringLiteral("3")), qPrintable(shown));
  }

  void wrongOrderAndNotGgufAreTranslated() {
    auto parts = md::testing::writeParts(md::testing::tinyLlama(), folder("乱序") / "m.gguf", {".a", ".b"});
    fs::rename(parts[0], folder("乱序") / "m.gguf.c");
    expectTranslated(md::merge::classify({parts[1], folder("乱序") / "m.gguf.c"}));

    const fs::path text = folder("乱序") / "notes.gguf";
    md::testing::writeAll(text, md::testing::patternBytes("notes", 64));
    expectTranslated(md::merge::classify({text, folder("乱序") / "m.gguf.c"}));
  }

  void whatADownloadLeftIsTranslated() {
    const fs::path lfs = folder("下载") / "lfs.gguf";
    md::testing::writeText(lfs, "version https://git-lfs.github.com/spec/v1\n");
    md::testing::writeText(folder("下载") / "page.gguf", "<!DOCTYPE html><html></html>");
    md::testing::writeText(folder("下载") / "empty.gguf", "");
    md::testing::writeText(folder("下载") / "x.gguf.sha256", "ab  x.gguf\n");
    const auto plan = md::merge::classify({lfs, folder("下载") / "page.gguf", folder("下载") / "empty.gguf",
                                           folder("下载") / "gone.gguf", folder("下载") / "x.gguf.sha256"});
    QCOMPARE(plan.problems.size(), size_t(4));
    expectTranslated(plan);
    QVERIFY(hasChinese(coreText(plan.notes.front())));
  }

  void twoModelsAreTranslated() {
    const fs::path one = folder("两个") / "a.gguf";
    const fs::path two = folder("两个") / "b.gguf";
    fs::create_directories(one.parent_path());
    md::testing::tinyLlama().write(one);
    md::testing::tinyLlama().write(two);
    expectTranslated(md::merge::classify({one, two}));
  }

  void everyCodeHasATemplateWithCoresEnglish() {
    for (const md::MessageId id : md::allMessageIds())
      QCOMPARE(QString::fromUtf8(coreTextSource(id)), QString::fromUtf8(md::messageTemplate(id)));
  }

  void nestedSentencesSizesAndUncodedText() {
    using md::Message;
    using md::MessageId;
    const QString nested = coreText(Message(MessageId::CannotRead, {"x.gguf", Message(MessageId::NoFilesToMerge)}));
    QVERIFY2(hasChinese(nested) && nested.contains(QStringLiteral("x.gguf")) &&
                 !nested.contains(QStringLiteral("No files")),
             qPrintable(nested));
    // A size is shown in the reader's units; "%2" inside an argument stays as it is.
    const QString sized = coreText(Message(MessageId::Incomplete, {"50%2.gguf", md::MessageArg::bytes(3u << 20)}));
    QVERIFY2(sized.contains(QStringLiteral("50%2.gguf")) && sized.contains(sizeText(3u << 20)), qPrintable(sized));
    QCOMPARE(coreText(Message::plain("Something core never says")), QStringLiteral("Something core never says"));
  }

  void environmentValidationIsTranslated() {
    const std::pair<const char*, const char*> cases[] = {
        {"OLLAMA_HOST", "a b"},
        {"OLLAMA_HOST", "ftp://x"},
        {"OLLAMA_HOST", "http://[::1"},
        {"OLLAMA_HOST", "http://"},
        {"OLLAMA_MODELS", "models"},
        {"DASHSCOPE_API_KEY", "sk 123456789"},
        {"DASHSCOPE_API_KEY", "short"},
        {"OLLAMA_KEEP_ALIVE", "soon"},
        {"OLLAMA_NUM_PARALLEL", "two"},
        {"OLLAMA_DEBUG", "maybe"},
        {"HF_HOME", ""},
    };
    for (const auto& [name, value] : cases) {
      const md::Status status = md::env::validateValue(*md::env::findVariable(name), value);
      QVERIFY2(!status.ok(), name);
      const QString shown = describeError(status.error());
      QVERIFY2(hasChinese(shown) && shown.startsWith(QString::fromUtf8(name)), qPrintable(shown));
    }
  }

  void errorLocationIsTranslated() {
    md::Error error = md::makeError(md::ErrorCode::Io, md::Message(md::MessageId::NoFilesToMerge), {});
    error.where.offset = 1234;
    const QString shown = describeError(error);
    QVERIFY2(shown.endsWith(QStringLiteral("（位于第 1234 字节）")), qPrintable(shown));
    error.where.offset.reset();
    error.where.line = 7;
    QVERIFY2(describeError(error).endsWith(QStringLiteral("（第 7 行）")), qPrintable(describeError(error)));
    // A path the message already names is not repeated in brackets.
    const auto folder = md::pathFromUtf8("/t/不存在 的目录");
    const QString once = describeError(
        md::makeError(md::ErrorCode::NotFound, md::Message(md::MessageId::OutputFolderMissing, {"/t/不存在 的目录"}),
                      md::Location{folder, {}, {}, {}}));
    QCOMPARE(once.count(QStringLiteral("/t/不存在 的目录")), 1);
    QVERIFY2(!once.contains(QLatin1Char('[')), qPrintable(once));
  }

  void ollamaMessagesAreTranslated() {
    // a real error from the client, with the URL and the transport's detail kept
    const std::string url = "http://127.0.0.1:" + std::to_string(md::testing::unusedLoopbackPort());
    const auto down = md::ollama::Client(url).version();
    QVERIFY(!down.ok());
    const QString notRunning = describeError(down.error());
    QVERIFY2(hasChinese(notRunning) && notRunning.startsWith(QStringLiteral("Ollama 未在 ")) &&
                 notRunning.contains(QString::fromStdString(url)),
             qPrintable(notRunning));
    QVERIFY2(!notRunning.contains(QStringLiteral("Could not connect")), qPrintable(notRunning)); // nested, translated
    QVERIFY2(notRunning.contains(QStringLiteral("没有程序接受连接")), qPrintable(notRunning));   // so is the cause

    // a model missing from a store folder
    const fs::path store = folder("空的库");
    fs::create_directories(store);
    const auto missing = md::stores::readOllamaManifest(store, "llama3:8b");
    QVERIFY(!missing.ok());
    const QString notInStore = describeError(missing.error());
    QVERIFY2(hasChinese(notInStore) && notInStore.contains(QStringLiteral("llama3:8b")) &&
                 notInStore.contains(QStringLiteral("空的库")),
             qPrintable(notInStore));

    using md::Message;
    using md::MessageId;
    QCOMPARE(coreText(Message(MessageId::OllamaAnsweredWith, {"500", "/api/show", "boom"})),
             QStringLiteral("Ollama 对 /api/show 返回了 500：boom"));
    QCOMPARE(coreText(Message(MessageId::CancelledByUser)), QStringLiteral("已被用户取消"));
    QCOMPARE(coreText(Message(MessageId::ModelExistsOnHost, {"llava:7b", "http://nas:11434"})),
             QStringLiteral("“llava:7b”已存在于 http://nas:11434"));
    const QString nowhere = coreText(Message(MessageId::NotInAnyStore, {"kept:1", "/a, /b"}));
    QVERIFY2(hasChinese(nowhere) && nowhere.contains(QStringLiteral("/a, /b")), qPrintable(nowhere));
  }

  void layerKindsAreTranslated() {
    QCOMPARE(OllamaDetails::layerKindName("projector"), QStringLiteral("投影器"));
    QCOMPARE(OllamaDetails::layerKindText("application/vnd.ollama.image.model"), QStringLiteral("模型"));
    QCOMPARE(OllamaDetails::layerKindText("application/vnd.ollama.image.params"), QStringLiteral("参数"));
    QCOMPARE(OllamaDetails::layerKindName("something-new"), QStringLiteral("something-new"));
  }

  // A malformed GGUF (a download cut off inside the header) is said in
  // Chinese, with the byte offset.
  void aMalformedGgufIsTranslatedWithItsOffset() {
    const fs::path path = folder("截断的 模型.gguf");
    const std::vector<std::byte> bytes = md::testing::tinyLlama().bytes();
    {
      std::ofstream out(path, std::ios::binary);
      out.write(reinterpret_cast<const char*>(bytes.data()), 30);
    }
    const auto read = md::gguf::readGguf(path);
    QVERIFY(!read.ok());
    const QString shown = describeError(read.error());
    // 30 bytes cannot hold the tensors the header counts: said at the count's offset, 8.
    QVERIFY2(shown.startsWith(QStringLiteral("张量数 ")) &&
                 shown.contains(QStringLiteral(" 超出了文件末尾（位于第 8 字节）")),
             qPrintable(shown));
    QVERIFY2(!shown.contains(QStringLiteral("runs past")), qPrintable(shown));
  }

  // Lists are joined as Chinese joins them, and the template match says what
  // its edit distance means.
  void listsAndTemplateMatchesReadAsChinese() {
    QCOMPARE(listText({QStringLiteral("补全"), QStringLiteral("视觉")}), QStringLiteral("补全、视觉"));
    const md::Message regions(md::MessageId::ListJoin, {md::Message(md::MessageId::KeyRegionBeijing),
                                                        md::Message(md::MessageId::KeyRegionInternational)});
    QCOMPARE(coreText(md::Message(md::MessageId::DashScopeRejectedEverywhere, {regions})),
             QStringLiteral("所试的每个地域都拒绝了此 DashScope 密钥（北京、国际站（新加坡））"));
    QCOMPARE(PlanText::detectedTemplate("chatml", 0),
             QStringLiteral("Ollama 将该聊天模板识别为其“chatml”模板：完全一致。"));
    QCOMPARE(PlanText::detectedTemplate("chatml", 31),
             QStringLiteral("Ollama 将该聊天模板识别为其“chatml”模板（它自带模板中最接近的一个）：有 31 个字符不同。"));
    language_->setLanguage(QStringLiteral("en"), false);
    QCOMPARE(listText({QStringLiteral("completion"), QStringLiteral("vision")}), QStringLiteral("completion, vision"));
    QCOMPARE(PlanText::detectedTemplate("chatml", 1),
             QStringLiteral("Ollama recognises the chat template as its “chatml” template, the closest of its own: 1 "
                            "character differs."));
    language_->setLanguage(QStringLiteral("zh_CN"), false);
  }

  void englishStaysEnglish() {
    language_->setLanguage(QStringLiteral("en"), false);
    QCOMPARE(coreText(md::Message(md::MessageId::MissingParts, {"x.gguf.b", "2", "3"})),
             QStringLiteral("Missing x.gguf.b (2 of 3 parts present)"));
    language_->setLanguage(QStringLiteral("zh_CN"), false);
  }
};

QTEST_MAIN(CoreTextTest)
#include "tst_core_text.moc"
