#include <gtest/gtest.h>

#include <thread>

#include "core/util/json_text.h"
#include "core/util/paths.h"
#include "core/util/printable_text.h"
#include "core/util/progress.h"
#include "core/util/result.h"

namespace md {
namespace {

Result<int> half(int value) {
  if (value % 2 != 0)
    return makeError(ErrorCode::Invalid, "odd value", Location{{}, std::uint64_t(7), {}, {}});
  return value / 2;
}

TEST(Result, CarriesValueOrError) {
  auto good = half(8);
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(*good, 4);
  auto bad = half(3);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, ErrorCode::Invalid);
  EXPECT_EQ(bad.error().describe(), "odd value (at byte 7)");
}

TEST(Result, DescribeNamesLineAndPath) {
  Error error = makeError(ErrorCode::Malformed, "bad", Location{pathFromUtf8("模型 文件/Modelfile"), {}, 3, {}});
  EXPECT_EQ(error.describe(), "bad (line 3) [模型 文件/Modelfile]");
  Error named = makeError(ErrorCode::NotFound, "The output folder does not exist: /t/不存在 的目录",
                          Location{pathFromUtf8("/t/不存在 的目录"), {}, {}, {}});
  EXPECT_EQ(named.describe(), "The output folder does not exist: /t/不存在 的目录"); // the path once
}

TEST(Paths, Utf8RoundTripKeepsChineseAndSpaces) {
  const std::string text = "C:/Users/张三/模型 文件/x.gguf";
  EXPECT_EQ(pathToUtf8(pathFromUtf8(text)), text);
  EXPECT_EQ(pathToUtf8(pathFromUtf8(text).filename()), "x.gguf");
  EXPECT_EQ(pathToUtf8(pathFromUtf8(text).parent_path().filename()), "模型 文件");
}

TEST(PrintableText, KeepsValidUtf8AndEscapesTheRest) {
  EXPECT_EQ(printableText("blk.0.attn_q"), "blk.0.attn_q");
  EXPECT_EQ(printableText("模型 文件"), "模型 文件");
  EXPECT_EQ(printableText("a\nb\tc"), "a\\nb\\tc");
  EXPECT_EQ(printableText(std::string("a\xff\x01z", 4)), "a\\xff\\x01z");
  // Overlong "/" (c0 af), a lone surrogate (ed a0 80) and a cut 3-byte sequence.
  EXPECT_EQ(printableText("\xc0\xaf"), "\\xc0\\xaf");
  EXPECT_EQ(printableText("\xed\xa0\x80"), "\\xed\\xa0\\x80");
  EXPECT_EQ(printableText("x\xe6\xa8"), "x\\xe6\\xa8");
}

TEST(PrintableText, CutsLongTextAtACharacterBoundary) {
  // Each 模 is 3 bytes: a cut at 4 bytes keeps two whole characters.
  EXPECT_EQ(printableText("模模模模", 4), "模模…");
  EXPECT_EQ(printableText("abcdef", 3), "abc…");
  EXPECT_EQ(printableText("abc", 3), "abc");
}

TEST(JsonFields, AMissingFieldOrOneOfAnotherTypeReadsAsTheFallback) {
  const auto object = nlohmann::json::parse(R"({"s": "text", "n": 7, "neg": -1, "b": true, "x": [1]})");
  EXPECT_EQ(stringOr(object, "s"), "text");
  EXPECT_EQ(stringOr(object, "n", "none"), "none");
  EXPECT_EQ(stringOr(object, "missing"), "");
  EXPECT_EQ(unsignedOr(object, "n"), 7u);
  EXPECT_EQ(unsignedOr(object, "neg", 9), 9u);
  EXPECT_EQ(unsignedOr(object, "s", 9), 9u);
  EXPECT_TRUE(boolOr(object, "b"));
  EXPECT_TRUE(boolOr(object, "x", true));
  EXPECT_FALSE(boolOr(object, "n"));
  for (const auto& notAnObject : {nlohmann::json::array(), nlohmann::json("s"), nlohmann::json()}) {
    EXPECT_EQ(stringOr(notAnObject, "s", "f"), "f");
    EXPECT_EQ(unsignedOr(notAnObject, "n", 3), 3u);
    EXPECT_FALSE(boolOr(notAnObject, "b"));
  }
}

TEST(Paths, FormatBytes) {
  EXPECT_EQ(formatBytes(12), "12 B");
  EXPECT_EQ(formatBytes(1536), "1.50 KiB");
  EXPECT_EQ(formatBytes(std::uint64_t(5) << 30), "5.00 GiB");
  EXPECT_EQ(formatBytes(std::uint64_t(300) << 20), "300 MiB");
}

TEST(ProgressReporter, ThrottlesButAlwaysReportsPhaseStartAndEnd) {
  std::vector<Progress> seen;
  ProgressReporter reporter([&](const Progress& p) { seen.push_back(p); }, nullptr, std::chrono::hours(1));
  reporter.beginPhase("copying", 1000);
  for (std::uint64_t i = 1; i <= 1000; ++i)
    reporter.update(i);
  reporter.finishPhase();
  ASSERT_EQ(seen.size(), 2u); // the begin and the final report only
  EXPECT_EQ(seen.front().phase, "copying");
  EXPECT_EQ(seen.front().done, 0u);
  EXPECT_TRUE(seen.back().final);
  EXPECT_EQ(seen.back().done, 1000u);
  EXPECT_EQ(seen.back().total, 1000u);
}

TEST(ProgressReporter, ComputesRateAndEta) {
  std::vector<Progress> seen;
  ProgressReporter reporter([&](const Progress& p) { seen.push_back(p); }, nullptr, std::chrono::milliseconds(0));
  reporter.beginPhase("copying", 1'000'000);
  std::this_thread::sleep_for(std::chrono::milliseconds(20)); // measured time, not synchronisation
  reporter.update(500'000);
  ASSERT_GE(seen.size(), 2u);
  EXPECT_GT(seen.back().ratePerSecond, 0);
  EXPECT_GT(seen.back().etaSeconds, 0);
}

TEST(ProgressReporter, UpdateReportsCancellation) {
  CancelToken token;
  ProgressReporter reporter({}, &token);
  reporter.beginPhase("x", 10);
  EXPECT_TRUE(reporter.update(1));
  token.cancel();
  EXPECT_FALSE(reporter.update(2));
  EXPECT_TRUE(reporter.cancelled());
  EXPECT_EQ(ProgressReporter::cancelledError().code, ErrorCode::Cancelled);
}

} // namespace
} // namespace md
