#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/ollama/ndjson.h"

namespace md::ollama {
namespace {

struct Collected {
  std::vector<std::string> statuses;
  NdjsonSplitter splitter{[this](const nlohmann::json& object) -> Status {
                            statuses.push_back(object.value("status", ""));
                            return {};
                          },
                          "http://test/api/pull"};
};

const std::string kStream = "{\"status\":\"pulling manifest\"}\n"
                            "{\"status\":\"pulling abc\",\"total\":10}\r\n"
                            "\n"
                            "{\"status\":\"success\"}";

TEST(OllamaNdjson, SplitsLinesAtEveryChunkBoundary) {
  for (std::size_t chunk = 1; chunk <= kStream.size(); ++chunk) {
    Collected collected;
    for (std::size_t at = 0; at < kStream.size(); at += chunk)
      ASSERT_TRUE(collected.splitter.feed(std::string_view(kStream).substr(at, chunk)));
    ASSERT_TRUE(collected.splitter.finish().ok());
    EXPECT_EQ(collected.statuses, (std::vector<std::string>{"pulling manifest", "pulling abc", "success"}))
        << "chunk size " << chunk;
  }
}

TEST(OllamaNdjson, ErrorLineStopsTheStream) {
  Collected collected;
  EXPECT_FALSE(collected.splitter.feed("{\"status\":\"a\"}\n{\"error\":\"disk full\"}\n"));
  EXPECT_FALSE(collected.splitter.feed("{\"status\":\"b\"}\n"));
  const auto status = collected.splitter.finish();
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code, ErrorCode::Http);
  EXPECT_NE(status.error().message.find("disk full"), std::string::npos);
  EXPECT_EQ(status.error().where.line, 2);
  EXPECT_EQ(collected.statuses, std::vector<std::string>{"a"});
}

TEST(OllamaNdjson, MalformedLineIsQuoted) {
  Collected collected;
  EXPECT_FALSE(collected.splitter.feed("{\"status\":\"a\"}\n{not json\n"));
  const auto status = collected.splitter.finish();
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code, ErrorCode::Malformed);
  EXPECT_NE(status.error().message.find("{not json"), std::string::npos);
  EXPECT_EQ(status.error().where.url, "http://test/api/pull");
}

TEST(OllamaNdjson, NonObjectLineAndTruncatedLastLineAreErrors) {
  Collected array;
  EXPECT_FALSE(array.splitter.feed("[1,2]\n"));
  Collected truncated;
  EXPECT_TRUE(truncated.splitter.feed("{\"status\":\"a\"}\n{\"status\":"));
  EXPECT_FALSE(truncated.splitter.finish().ok());
}

TEST(OllamaNdjson, HandlerErrorStopsTheStream) {
  int calls = 0;
  NdjsonSplitter splitter(
      [&](const nlohmann::json&) -> Status {
        ++calls;
        return makeError(ErrorCode::Cancelled, "stop");
      },
      "u");
  EXPECT_FALSE(splitter.feed("{}\n{}\n"));
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(splitter.finish().error().code, ErrorCode::Cancelled);
}

} // namespace
} // namespace md::ollama
