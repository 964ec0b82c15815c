<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CoreText</name>
    <message>
        <source>part %1 appears twice: %2 and %3</source>
        <translation>部分 %1 出现了两次：%2 和 %3</translation>
    </message>
    <message>
        <source>shard %1 appears twice: %2 and %3</source>
        <translation>分片 %1 出现了两次：%2 和 %3</translation>
    </message>
    <message>
        <source>%1 does not have a byte-split part name, but %2 does</source>
        <translation>%1 的名称不是按字节切分的部分名称，而 %2 是</translation>
    </message>
    <message>
        <source>The parts belong to different files: %1 and %2</source>
        <translation>这些部分属于不同的文件：%1 和 %2</translation>
    </message>
    <message>
        <source>%1 also starts with GGUF: only the first part of a byte split does</source>
        <translation>%1 也以 GGUF 开头：按字节切分时只有第一部分才会这样</translation>
    </message>
    <message>
        <source>The parts add up to %1, but the header of %2 expects %3: %4 missing (is a part missing?)</source>
        <translation>各部分合计 %1，但 %2 的文件头需要 %3：缺少 %4（是否缺了一个部分？）</translation>
    </message>
    <message>
        <source>The parts add up to %1, more than the %2 the header of %3 expects</source>
        <translation>各部分合计 %1，超过了 %3 的文件头所需的 %2</translation>
    </message>
    <message>
        <source>%1 is not a llama.cpp shard (it has no split.count above 1)</source>
        <translation>%1 不是 llama.cpp 分片（没有大于 1 的 split.count）</translation>
    </message>
    <message>
        <source>split.count differs: %1 says %2, %3 says %4</source>
        <translation>split.count 不一致：%1 为 %2，%3 为 %4</translation>
    </message>
    <message>
        <source>%1: its name says shard %2, but split.no says shard %3</source>
        <translation>%1：文件名表示第 %2 个分片，但 split.no 表示第 %3 个</translation>
    </message>
    <message>
        <source>Tensor '%1' appears in more than one shard (%2)</source>
        <translation>张量“%1”出现在多个分片中（%2）</translation>
    </message>
    <message>
        <source>The shards hold %1 tensors, but split.tensors.count in %2 says %3</source>
        <translation>各分片共有 %1 个张量，但 %2 中的 split.tensors.count 为 %3</translation>
    </message>
    <message>
        <source>Ollama 0.30 and newer imports llama.cpp shards directly. Merge them for LM Studio, older Ollama, or a single-file copy.</source>
        <translation>Ollama 0.30 及更新版本可以直接导入 llama.cpp 分片。若用于 LM Studio、旧版 Ollama 或需要单文件副本，再进行合并。</translation>
    </message>
    <message>
        <source>%1 has no tensors: it is neither a model, a projector nor an adapter</source>
        <translation>%1 没有张量：既不是模型，也不是投影器或适配器</translation>
    </message>
    <message>
        <source>%1 and %2 are both models: pick one</source>
        <translation>%1 和 %2 都是模型：请只选一个</translation>
    </message>
    <message>
        <source>%1 and %2 are both projectors: pick one</source>
        <translation>%1 和 %2 都是投影器：请只选一个</translation>
    </message>
    <message>
        <source>%1 and %2 are both adapters: pick one</source>
        <translation>%1 和 %2 都是适配器：请只选一个</translation>
    </message>
    <message>
        <source>There is no model among the files: a projector or an adapter needs a model</source>
        <translation>这些文件中没有模型：投影器或适配器需要搭配一个模型</translation>
    </message>
    <message>
        <source>%1 is already a complete model: there is nothing to merge</source>
        <translation>%1 已经是完整的模型：无需合并</translation>
    </message>
    <message>
        <source>Ollama 0.7.1 and newer reads the projector as a separate file: create the model with two FROM lines instead of merging. Concatenating is only for older Ollama (&lt; 0.7.1); newer Ollama drops the projector from such a file.</source>
        <translation>Ollama 0.7.1 及更新版本把投影器作为单独的文件读取：请用两行 FROM 创建模型，而不是合并。拼接只适用于旧版 Ollama（&lt; 0.7.1）；新版 Ollama 会丢弃这种文件中的投影器。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>a GGUF model (%1)</source>
        <translation>GGUF 模型（%1）</translation>
    </message>
    <message>
        <source>a GGUF projector (%1)</source>
        <translation>GGUF 投影器（%1）</translation>
    </message>
    <message>
        <source>a GGUF adapter (%1)</source>
        <translation>GGUF 适配器（%1）</translation>
    </message>
    <message>
        <source>a GGUF model</source>
        <translation>GGUF 模型</translation>
    </message>
    <message>
        <source>a GGUF projector</source>
        <translation>GGUF 投影器</translation>
    </message>
    <message>
        <source>a GGUF adapter</source>
        <translation>GGUF 适配器</translation>
    </message>
    <message>
        <source>%1 is incomplete: %2 missing (an interrupted download, or a missing part)</source>
        <translation>%1 不完整：缺少 %2（下载中断，或缺少一个部分）</translation>
    </message>
    <message>
        <source>%1 is incomplete: %2 missing</source>
        <translation>%1 不完整：缺少 %2</translation>
    </message>
    <message>
        <source>%1 is not a GGUF file (it starts with '%2', not 'GGUF')</source>
        <translation>%1 不是 GGUF 文件（它以“%2”开头，而不是“GGUF”）</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 被列出了两次</translation>
    </message>
    <message>
        <source>No files to merge</source>
        <translation>没有要合并的文件</translation>
    </message>
    <message>
        <source>llama.cpp shards (%1) cannot be mixed with byte-split parts (%2)</source>
        <translation>llama.cpp 分片（%1）不能与按字节切分的部分（%2）混用</translation>
    </message>
    <message>
        <source>Not enough free space: needs %1 plus %2 of headroom in %3, but only %4 is free</source>
        <translation>可用空间不足：%3 需要 %1，另加 %2 的余量，但只有 %4 可用</translation>
    </message>
    <message>
        <source>Not enough free space: needs %1 in %2, but only %3 is free</source>
        <translation>可用空间不足：%2 需要 %1，但只有 %3 可用</translation>
    </message>
    <message>
        <source>Cannot tell the free space in %1: %2</source>
        <translation>无法获取 %1 的可用空间：%2</translation>
    </message>
    <message>
        <source>The output folder does not exist: %1</source>
        <translation>输出文件夹不存在：%1</translation>
    </message>
    <message>
        <source>The output already exists: %1</source>
        <translation>输出文件已存在：%1</translation>
    </message>
    <message>
        <source>The output appeared while writing: %1</source>
        <translation>写入期间出现了同名输出文件：%1</translation>
    </message>
    <message>
        <source>Cannot rename the finished output to %1: %2</source>
        <translation>无法把完成的输出重命名为 %1：%2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No part starts with GGUF: the first part of %1 is missing, or these are not GGUF parts</source>
        <translation>没有任何部分以 GGUF 开头：%1 的第一部分缺失，或者这些不是 GGUF 的部分</translation>
    </message>
    <message>
        <source>Wrong order: %1 starts with GGUF, but %2 comes before it</source>
        <translation>顺序错误：%1 以 GGUF 开头，但 %2 排在它前面</translation>
    </message>
    <message>
        <source>%1: the value is empty</source>
        <translation>%1：值为空</translation>
    </message>
    <message>
        <source>%1: the value must be a single line</source>
        <translation>%1：值必须是单独一行</translation>
    </message>
    <message>
        <source>%1: the address contains spaces</source>
        <translation>%1：地址中含有空格</translation>
    </message>
    <message>
        <source>%1: only http:// and https:// addresses are supported</source>
        <translation>%1：只支持 http:// 和 https:// 地址</translation>
    </message>
    <message>
        <source>%1: the host name is empty</source>
        <translation>%1：主机名为空</translation>
    </message>
    <message>
        <source>%1: an IPv6 address needs both brackets, as in [::1]:11434</source>
        <translation>%1：IPv6 地址需要成对的方括号，例如 [::1]:11434</translation>
    </message>
    <message>
        <source>%1: the path must be absolute (start at the root, not with ~ or a relative folder)</source>
        <translation>%1：路径必须是绝对路径（从根目录开始，不能以 ~ 或相对文件夹开头）</translation>
    </message>
    <message>
        <source>%1: %2 exists but is not a folder</source>
        <translation>%1：%2 已存在，但不是文件夹</translation>
    </message>
    <message>
        <source>%1: cannot write in %2</source>
        <translation>%1：无法写入 %2</translation>
    </message>
    <message>
        <source>%1: the key is empty</source>
        <translation>%1：密钥为空</translation>
    </message>
    <message>
        <source>%1: the key contains spaces or control characters (was it pasted with extra text?)</source>
        <translation>%1：密钥中含有空格或控制字符（是否粘贴时带上了多余的文字？）</translation>
    </message>
    <message>
        <source>%1: the key is too short to be an API key</source>
        <translation>%1：密钥太短，不像是 API 密钥</translation>
    </message>
    <message>
        <source>%1: expected a duration such as 5m, 1h or -1</source>
        <translation>%1：应为时长，例如 5m、1h 或 -1</translation>
    </message>
    <message>
        <source>%1: expected a whole number</source>
        <translation>%1：应为整数</translation>
    </message>
    <message>
        <source>Ollama is not running at %1 (%2)</source>
        <translation>Ollama 未在 %1 运行（%2）</translation>
    </message>
    <message>
        <source>Ollama is not running at %1</source>
        <translation>Ollama 未在 %1 运行</translation>
    </message>
    <message>
        <source>The connection to Ollama at %1 failed: %2</source>
        <translation>与 %1 上 Ollama 的连接失败：%2</translation>
    </message>
    <message>
        <source>Ollama at %1 did not answer in time (%2)</source>
        <translation>%1 上的 Ollama 未及时应答（%2）</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>无法连接到 %1（%2）</translation>
    </message>
    <message>
        <source>No answer from %1 in time: %2</source>
        <translation>%1 未及时应答（%2）</translation>
    </message>
    <message>
        <source>Request to %1 failed: %2</source>
        <translation>对 %1 的请求失败（%2）</translation>
    </message>
    <message>
        <source>Cancelled by the user</source>
        <translation>已被用户取消</translation>
    </message>
    <message>
        <source>Stopped by the caller</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Ollama answered %1 for %2: %3</source>
        <translation>Ollama 对 %2 返回了 %1：%3</translation>
    </message>
    <message>
        <source>Ollama answered %1 for %2</source>
        <translation>Ollama 对 %2 返回了 %1</translation>
    </message>
    <message>
        <source>Ollama reported an error: %1</source>
        <translation>Ollama 报告了错误：%1</translation>
    </message>
    <message>
        <source>Ollama sent a reply that is not JSON: %1</source>
        <translation>Ollama 返回的应答不是 JSON：%1</translation>
    </message>
    <message>
        <source>The server at %1 does not look like Ollama</source>
        <translation>%1 上的服务器看起来不是 Ollama</translation>
    </message>
    <message>
        <source>The stream from Ollama broke off after %1 lines: %2</source>
        <translation>来自 Ollama 的数据流在 %1 行后中断：%2</translation>
    </message>
    <message>
        <source>The pull of %1 ended before Ollama reported success</source>
        <translation>拉取 %1 在 Ollama 报告成功之前就结束了</translation>
    </message>
    <message>
        <source>Creating %1 ended before Ollama reported success</source>
        <translation>创建 %1 在 Ollama 报告成功之前就结束了</translation>
    </message>
    <message>
        <source>%1, though %2 has it: is that folder the server's OLLAMA_MODELS?</source>
        <translation>%1，但 %2 上有这个模型：该文件夹是否为该服务器的 OLLAMA_MODELS？</translation>
    </message>
    <message>
        <source>%1 is not in the store at %2</source>
        <translation>%1 不在 %2 的模型库中</translation>
    </message>
    <message>
        <source>The manifest of %1 is not a readable manifest</source>
        <translation>%1 的清单无法读取</translation>
    </message>
    <message>
        <source>The %1 layer of %2 (%3) is missing from the store at %4</source>
        <translation>%2 的 %1 层（%3）在 %4 的模型库中缺失</translation>
    </message>
    <message>
        <source>%1 has no model layer to copy</source>
        <translation>%1 没有可复制的模型层</translation>
    </message>
    <message>
        <source>%1 has a %2 layer, which cannot be copied to another host</source>
        <translation>%1 含有 %2 层，无法复制到另一台服务器</translation>
    </message>
    <message>
        <source>%1 is already on %2: copy it under another name, or to another server</source>
        <translation>%1 已在 %2 上：请用其他名称复制，或复制到其他服务器</translation>
    </message>
    <message>
        <source>Copying %1 needs the model folder (OLLAMA_MODELS) of %2</source>
        <translation>复制 %1 需要 %2 的模型文件夹（OLLAMA_MODELS）</translation>
    </message>
    <message>
        <source>Cannot read the blob %1: %2</source>
        <translation>无法读取数据块 %1：%2</translation>
    </message>
    <message>
        <source>'%1' is not a valid model name: %2</source>
        <translation>“%1”不是有效的模型名称：%2</translation>
    </message>
    <message>
        <source>Cannot read the Modelfile: %1</source>
        <translation>无法读取 Modelfile：%1</translation>
    </message>
    <message>
        <source>Cannot read the Modelfile</source>
        <translation>无法读取 Modelfile</translation>
    </message>
    <message>
        <source>The file is too large to be a Modelfile</source>
        <translation>文件太大，不可能是 Modelfile</translation>
    </message>
    <message>
        <source>"%1" already exists on %2</source>
        <translation>“%1”已存在于 %2</translation>
    </message>
    <message>
        <source>%1 is not in any Ollama store; looked in %2</source>
        <translation>%1 不在任何 Ollama 模型库中；已查找：%2</translation>
    </message>
    <message>
        <source>%1 is not in any Ollama store: no folder to look in</source>
        <translation>%1 不在任何 Ollama 模型库中：没有可查找的文件夹</translation>
    </message>
    <message>
        <source>The store at %1 holds %2 but the server at %3 does not have it: is %4 that server's OLLAMA_MODELS?</source>
        <translation>%1 的模型库中有 %2，但 %3 上的服务器没有它：%4 是该服务器的 OLLAMA_MODELS 吗？</translation>
    </message>
    <message>
        <source>The store at %1 holds a different version of %2 than the server at %3: is %4 that server's OLLAMA_MODELS?</source>
        <translation>%1 的模型库中的 %2 与 %3 上的服务器版本不同：%4 是该服务器的 OLLAMA_MODELS 吗？</translation>
    </message>
    <message>
        <source>Cannot check %1 in the store at %2 against the server at %3, which did not answer: %4</source>
        <translation>无法将 %2 模型库中的 %1 与 %3 上的服务器核对，该服务器没有应答：%4</translation>
    </message>
    <message>
        <source>Cannot read the manifest %1</source>
        <translation>无法读取清单 %1</translation>
    </message>
    <message>
        <source>'%1' is not a model name</source>
        <translation>“%1”不是模型名称</translation>
    </message>
    <message>
        <source>%1 is empty: an interrupted download, or a placeholder</source>
        <translation>%1 是空文件：下载可能中断了，或者只是占位文件</translation>
    </message>
    <message>
        <source>%1 is a Git LFS pointer, not the model: download the real file (git lfs pull)</source>
        <translation>%1 是 Git LFS 指针，不是模型本身：请下载真正的文件（git lfs pull）</translation>
    </message>
    <message>
        <source>%1 is a web page, not a GGUF file: the download saved an error or sign-in page</source>
        <translation>%1 是网页，不是 GGUF 文件：下载保存的是错误页或登录页</translation>
    </message>
    <message>
        <source>%1 is a checksum file: left out</source>
        <translation>%1 是校验和文件：已略过</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>无法创建文件夹 %1：%2</translation>
    </message>
    <message>
        <source>Missing %1 (%2 of %3 parts present)</source>
        <translation>缺少 %1（%3 个分卷中只有 %2 个）</translation>
    </message>
    <message>
        <source>Missing %1 (%2 of %3 shards present)</source>
        <translation>缺少 %1（%3 个分片中只有 %2 个）</translation>
    </message>
    <message>
        <source>%1 already fits in one shard of that size: there is nothing to split</source>
        <translation>%1 按这个大小已能放进一个分片：无需拆分</translation>
    </message>
    <message>
        <source>llama.cpp shard %1 of %2 (from its header)</source>
        <translation>llama.cpp 分片，第 %1 个，共 %2 个（据其文件头）</translation>
    </message>
    <message>
        <source>part %1 of a byte split (by its name); it starts with the GGUF header</source>
        <translation>按字节切分的第 %1 个分卷（据文件名）；以 GGUF 文件头开始</translation>
    </message>
    <message>
        <source>part %1 of a byte split (by its name); it continues the file</source>
        <translation>按字节切分的第 %1 个分卷（据文件名）；是文件的后续内容</translation>
    </message>
    <message>
        <source>There is no file %1</source>
        <translation>没有文件 %1</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>using the SHA-256 of %1 from %2</source>
        <translation>使用 %2 中 %1 的 SHA-256</translation>
    </message>
    <message>
        <source>not using %1: %2</source>
        <translation>未使用 %1：%2</translation>
    </message>
    <message>
        <source>hashing %1</source>
        <translation>正在计算 %1 的哈希</translation>
    </message>
    <message>
        <source>%1 is already on the server (%2…)</source>
        <translation>%1 已在服务器上（%2…）</translation>
    </message>
    <message>
        <source>uploading %1 (%2)</source>
        <translation>正在上传 %1（%2）</translation>
    </message>
    <message>
        <source>uploading %1</source>
        <translation>正在上传 %1</translation>
    </message>
    <message>
        <source>%1 is already on %2</source>
        <translation>%1 已在 %2 上</translation>
    </message>
    <message>
        <source>warning: not copied: %1</source>
        <translation>警告：未复制：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>a GGUF file</source>
        <translation>GGUF 文件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>checking whether %1 is the store of %2</source>
        <translation>正在检查 %1 是否为 %2 的模型库</translation>
    </message>
    <message>
        <source>%1 is the store of %2: blobs are placed there directly</source>
        <translation>%1 是 %2 的模型库：blob 将直接放入其中</translation>
    </message>
    <message>
        <source>%1 is not the store of %2: a blob placed there is not seen by the server</source>
        <translation>%1 不是 %2 的模型库：放在那里的 blob 服务器看不到</translation>
    </message>
    <message>
        <source>Cannot write in the store %1: %2</source>
        <translation>无法写入模型库 %1：%2</translation>
    </message>
    <message>
        <source>no store of %1 that ModelDesk can write on this machine: uploading over HTTP</source>
        <translation>本机上没有 ModelDesk 可写入的 %1 模型库：改为通过 HTTP 上传</translation>
    </message>
    <message>
        <source>Placing by %1 needs the store of %2 on this machine, writable and proven by a probe</source>
        <translation>以 %1 方式放置需要 %2 的模型库位于本机、可写入，并经探测确认</translation>
    </message>
    <message>
        <source>%1 and the store %2 are on different filesystems: %3 needs one filesystem</source>
        <translation>%1 与模型库 %2 位于不同的文件系统：%3 需要同一文件系统</translation>
    </message>
    <message>
        <source>The filesystem of %1 cannot clone files (reflink)</source>
        <translation>%1 所在的文件系统不支持克隆文件（reflink）</translation>
    </message>
    <message>
        <source>Cannot place %1 in the store: %2</source>
        <translation>无法将 %1 放入模型库：%2</translation>
    </message>
    <message>
        <source>%1: placed as a copy-on-write clone (no bytes written)</source>
        <translation>%1：已作为写时复制克隆放置（未写入任何字节）</translation>
    </message>
    <message>
        <source>%1: copied into the store (%2)</source>
        <translation>%1：已复制到模型库（%2）</translation>
    </message>
    <message>
        <source>%1: moved into the store</source>
        <translation>%1：已移动到模型库</translation>
    </message>
    <message>
        <source>joining %1 into the store (%2)</source>
        <translation>正在将 %1 合并写入模型库（%2）</translation>
    </message>
    <message>
        <source>%1 is already in the store</source>
        <translation>%1 已在模型库中</translation>
    </message>
    <message>
        <source>using the SHA-256 that names the Hugging Face cache file of %1</source>
        <translation>使用 %1 的 Hugging Face 缓存文件名中的 SHA-256</translation>
    </message>
    <message>
        <source>%1 is not what its Hugging Face cache name says (its SHA-256 is %2)</source>
        <translation>%1 与其 Hugging Face 缓存文件名不符（其 SHA-256 为 %2）</translation>
    </message>
    <message>
        <source>removed %1 from the store</source>
        <translation>已从模型库中删除 %1</translation>
    </message>
    <message>
        <source>removed %1, left by an import that was interrupted</source>
        <translation>已删除 %1（中断的导入遗留）</translation>
    </message>
    <message>
        <source>removed %1, created before the import stopped</source>
        <translation>已删除 %1（导入停止前创建）</translation>
    </message>
    <message>
        <source>These files cannot be imported: %1</source>
        <translation>这些文件无法导入：%1</translation>
    </message>
    <message>
        <source>%1 changed size since it was planned (%2 now, %3 planned)</source>
        <translation>%1 的大小自规划后已改变（现在 %2，规划时 %3）</translation>
    </message>
    <message>
        <source>%1: placed as a hard link (no bytes written); editing the source file in place would change the model</source>
        <translation>%1：已作为硬链接放置（未写入任何字节）；原地编辑源文件会改变该模型</translation>
    </message>
    <message>
        <source>Removed %1, left by an interrupted run (%2)</source>
        <translation>已删除 %1，它是被中断的运行留下的（%2）</translation>
    </message>
    <message>
        <source>%1 was not removed: the server at %2 does not use the store at %3 (a probe placed there was not seen through it), so deleting through it could remove another store's model of that name</source>
        <translation>%1 未删除：%2 的服务器并不使用 %3 的模型库（放在那里的探测文件通过该服务器看不到），通过它删除可能会删掉另一个模型库中同名的模型</translation>
    </message>
    <message>
        <source>%1 was not removed: cannot check that the server at %2 uses the store at %3: %4</source>
        <translation>%1 未删除：无法确认 %2 的服务器使用的是 %3 的模型库：%4</translation>
    </message>
    <message>
        <source>%1 is on another filesystem than the store: copied with its hash in the same pass; the source is removed once the model is created</source>
        <translation>%1 与模型库不在同一文件系统上：复制的同时计算哈希；模型创建后才删除源文件</translation>
    </message>
    <message>
        <source>removed %1: it was moved into the store</source>
        <translation>已删除 %1：它已移入模型库</translation>
    </message>
    <message>
        <source>could not remove %1 after moving it into the store: %2</source>
        <translation>已移入模型库，但无法删除 %1：%2</translation>
    </message>
    <message>
        <source>'%1' is not an instruction: use FROM, PARAMETER, TEMPLATE, SYSTEM, MESSAGE, ADAPTER, LICENSE, DRAFT, RENDERER, PARSER or REQUIRES</source>
        <translation>“%1”不是指令：请使用 FROM、PARAMETER、TEMPLATE、SYSTEM、MESSAGE、ADAPTER、LICENSE、DRAFT、RENDERER、PARSER 或 REQUIRES</translation>
    </message>
    <message>
        <source>%1 has no value on its line</source>
        <translation>%1 所在行没有值</translation>
    </message>
    <message>
        <source>'%1' is not a message role: use system, user or assistant</source>
        <translation>“%1”不是消息角色：请使用 system、user 或 assistant</translation>
    </message>
    <message>
        <source>PARAMETER %1 has no value</source>
        <translation>PARAMETER %1 没有值</translation>
    </message>
    <message>
        <source>'%1' cannot be part of a parameter name (letters, digits and _ only)</source>
        <translation>参数名中不能有“%1”（只能用字母、数字和 _）</translation>
    </message>
    <message>
        <source>MESSAGE %1 has no text</source>
        <translation>MESSAGE %1 没有内容</translation>
    </message>
    <message>
        <source>'%1' cannot be part of a message role</source>
        <translation>消息角色中不能有“%1”</translation>
    </message>
    <message>
        <source>the quote %1 opened on this line is never closed: the rest of the file is part of it</source>
        <translation>这一行开始的引号 %1 没有闭合：文件其余部分都成了它的内容</translation>
    </message>
    <message>
        <source>the file ends in the middle of an instruction</source>
        <translation>文件在一条指令中间结束</translation>
    </message>
    <message>
        <source>no FROM line</source>
        <translation>缺少 FROM 行</translation>
    </message>
    <message>
        <source>unknown parameter '%1'</source>
        <translation>未知参数“%1”</translation>
    </message>
    <message>
        <source>unknown parameter '%1' (did you mean %2?)</source>
        <translation>未知参数“%1”（是不是 %2？）</translation>
    </message>
    <message>
        <source>parameter %1 is deprecated</source>
        <translation>参数 %1 已弃用</translation>
    </message>
    <message>
        <source>invalid %1 value [%2]</source>
        <translation>无效的 %1 值 [%2]</translation>
    </message>
    <message>
        <source>%1 needs a model name or a path</source>
        <translation>%1 需要模型名称或路径</translation>
    </message>
    <message>
        <source>no such file or folder: %1 (%2 needs a local path)</source>
        <translation>没有这个文件或文件夹：%1（%2 需要本地路径）</translation>
    </message>
    <message>
        <source>'%1' is neither a file nor a model on the Ollama server</source>
        <translation>“%1”既不是文件，也不是 Ollama 服务器上的模型</translation>
    </message>
    <message>
        <source>'%1' is not a file here, so Ollama will use the model of that name</source>
        <translation>“%1”在这里不是文件，因此 Ollama 将使用同名模型</translation>
    </message>
    <message>
        <source>requires must be a valid semver (e.g. 0.14.0)</source>
        <translation>REQUIRES 必须是有效的语义化版本号（例如 0.14.0）</translation>
    </message>
    <message>
        <source>DRAFT must not reference the same local path as FROM: %1</source>
        <translation>DRAFT 不能与 FROM 指向同一个本地路径：%1</translation>
    </message>
    <message>
        <source>%1 is set again on line %2; only the last one is used</source>
        <translation>%1 在第 %2 行再次设置；只有最后一个生效</translation>
    </message>
    <message>
        <source>TEMPLATE: this "{{" has no matching "}}"</source>
        <translation>TEMPLATE：这个“{{”没有对应的“}}”</translation>
    </message>
    <message>
        <source>TEMPLATE: this "}}" has no matching "{{"</source>
        <translation>TEMPLATE：这个“}}”没有对应的“{{”</translation>
    </message>
    <message>
        <source>Cannot list the folder %1: %2</source>
        <translation>无法列出文件夹 %1：%2</translation>
    </message>
    <message>
        <source>The folder %1 has no .gguf files</source>
        <translation>文件夹 %1 中没有 .gguf 文件</translation>
    </message>
    <message>
        <source>no such file or folder: %1</source>
        <translation>没有这个文件或文件夹：%1</translation>
    </message>
    <message>
        <source>'%1' is neither an existing file nor a valid model name</source>
        <translation>“%1”既不是已有的文件，也不是有效的模型名称</translation>
    </message>
    <message>
        <source>%1 is open in another program: close it there and try again</source>
        <translation>%1 已被另一个程序打开：请在那里关闭后重试</translation>
    </message>
    <message>
        <source>The value is saved, but Windows did not confirm that running programs were told (error %1): restart them, or sign out and in again</source>
        <translation>值已保存，但 Windows 未确认已通知正在运行的程序（错误 %1）：请重启这些程序，或注销后重新登录</translation>
    </message>
    <message>
        <source>Cannot read the Ollama app's settings in %1: %2</source>
        <translation>无法读取 %1 中的 Ollama 应用设置：%2</translation>
    </message>
    <message>
        <source>%1: expected true or false (also 1, 0, t, f, TRUE, FALSE, True or False)</source>
        <translation>%1：应为 true 或 false（也可写作 1、0、t、f、TRUE、FALSE、True 或 False）</translation>
    </message>
    <message>
        <source>%1: expected one of %2</source>
        <translation>%1：应为以下之一：%2</translation>
    </message>
    <message>
        <source>%1: expected a whole number from %2 to %3</source>
        <translation>%1：应为 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>chosen by Ollama from the GPU memory: 4096 tokens below 24 GiB, 32768 from 24 GiB, 262144 from 48 GiB</source>
        <translation>由 Ollama 按显存决定：低于 24 GiB 为 4096 个词元，24 GiB 起为 32768，48 GiB 起为 262144</translation>
    </message>
    <message>
        <source>automatic: on where the GPU supports it</source>
        <translation>自动：GPU 支持时开启</translation>
    </message>
    <message>
        <source>automatic: 3 per GPU (3 in all without a GPU)</source>
        <translation>自动：每个 GPU 3 个（无 GPU 时共 3 个）</translation>
    </message>
    <message>
        <source>There is no change to undo</source>
        <translation>没有可撤销的更改</translation>
    </message>
    <message>
        <source>There is no undone change to redo</source>
        <translation>没有可重做的已撤销更改</translation>
    </message>
    <message>
        <source>There is no change #%1 in the history</source>
        <translation>历史记录中没有更改 #%1</translation>
    </message>
    <message>
        <source>Change #%1 is already undone</source>
        <translation>更改 #%1 已撤销</translation>
    </message>
    <message>
        <source>Change #%1 is in effect: there is nothing to redo</source>
        <translation>更改 #%1 正在生效，无需重做</translation>
    </message>
    <message>
        <source>Cannot undo change #%1 of %2: change #%3 changed %2 later; undo change #%3 first</source>
        <translation>无法撤销对 %2 的更改 #%1：之后的更改 #%3 又修改了 %2；请先撤销更改 #%3</translation>
    </message>
    <message>
        <source>Cannot redo change #%1 of %2: change #%3 changed %2 later; undo change #%3 first</source>
        <translation>无法重做对 %2 的更改 #%1：之后的更改 #%3 又修改了 %2；请先撤销更改 #%3</translation>
    </message>
    <message>
        <source>Cannot redo change #%1 of %2: the earlier change #%3 of %2 is undone; redo it first</source>
        <translation>无法重做对 %2 的更改 #%1：对 %2 更早的更改 #%3 已撤销；请先重做它</translation>
    </message>
    <message>
        <source>The blob %1 of %2 is missing from the store at %3</source>
        <translation>%2 的 blob %1 在 %3 的存储中缺失</translation>
    </message>
    <message>
        <source>The blob %1 has %2 on disk, but the manifest says %3: it is damaged or incomplete</source>
        <translation>blob %1 在磁盘上为 %2，但清单记录为 %3：它已损坏或不完整</translation>
    </message>
    <message>
        <source>%1 is damaged: the SHA-256 of the blob %2 is %3</source>
        <translation>%1 已损坏：blob %2 的 SHA-256 为 %3</translation>
    </message>
    <message>
        <source>The blob %1 is not a readable GGUF: %2</source>
        <translation>blob %1 不是可读取的 GGUF：%2</translation>
    </message>
    <message>
        <source>%1 has no model layer to export</source>
        <translation>%1 没有可导出的模型层</translation>
    </message>
    <message>
        <source>The %1 layer is not exported: a Modelfile has no instruction for it</source>
        <translation>未导出 %1 层：Modelfile 中没有对应的指令</translation>
    </message>
    <message>
        <source>%1 cannot be written in a Modelfile: %2</source>
        <translation>%1 无法写入 Modelfile：%2</translation>
    </message>
    <message>
        <source>The %1 layer is not the JSON Ollama writes</source>
        <translation>%1 层不是 Ollama 写入的 JSON 格式</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <source>%1: a copy-on-write clone of the blob (no bytes written)</source>
        <translation>%1：blob 的写时复制克隆（未写入字节）</translation>
    </message>
    <message>
        <source>%1: a hard link to the blob (no bytes written; editing the file in place would change the model in Ollama)</source>
        <translation>%1：指向 blob 的硬链接（未写入字节；原地编辑该文件会改变 Ollama 中的模型）</translation>
    </message>
    <message>
        <source>%1: copied (%2), SHA-256 verified in the same pass</source>
        <translation>%1：已复制（%2），并在同一遍中校验了 SHA-256</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>已将 %1 导出到 %2</translation>
    </message>
    <message>
        <source>%1 changed less than %2 minutes ago: a download or an import may still be writing it</source>
        <translation>%1 在不到 %2 分钟前被修改过：可能仍有下载或导入在写入它</translation>
    </message>
    <message>
        <source>%1 is on another filesystem than the copy kept (%2): a link cannot join them</source>
        <translation>%1 与保留的副本（%2）不在同一文件系统上：无法用链接连接它们</translation>
    </message>
    <message>
        <source>%1 is gone already</source>
        <translation>%1 已经不存在</translation>
    </message>
    <message>
        <source>%1 changed since the plan: kept</source>
        <translation>%1 在计划之后发生了变化：已保留</translation>
    </message>
    <message>
        <source>Cannot check %1: %2</source>
        <translation>无法检查 %1：%2</translation>
    </message>
    <message>
        <source>The manifest %1 cannot be read, so no blob is deleted (it may need any of them)</source>
        <translation>无法读取清单 %1，因此不删除任何 blob（它可能需要其中任何一个）</translation>
    </message>
    <message>
        <source>%1 is used by %2 now: kept</source>
        <translation>%1 现在被 %2 使用：已保留</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
    <message>
        <source>%1 is being written again by process %2: kept</source>
        <translation>%1 正被进程 %2 再次写入：已保留</translation>
    </message>
    <message>
        <source>%1 no longer has the SHA-256 %2: not linked</source>
        <translation>%1 的 SHA-256 已不再是 %2：未链接</translation>
    </message>
    <message>
        <source>Cannot link %1 to %2: %3</source>
        <translation>无法将 %1 链接到 %2：%3</translation>
    </message>
    <message>
        <source>The copy to keep, %1, is gone or changed: nothing linked</source>
        <translation>要保留的副本 %1 已不存在或已改变：未链接任何文件</translation>
    </message>
    <message>
        <source>%1 is already the same file as %2</source>
        <translation>%1 已经与 %2 是同一个文件</translation>
    </message>
    <message>
        <source>%1: cancelled before it was done</source>
        <translation>%1：完成前已取消</translation>
    </message>
    <message>
        <source>replaced %1 by a copy-on-write clone of %2 (%3 freed)</source>
        <translation>已将 %1 替换为 %2 的写时复制克隆（释放 %3）</translation>
    </message>
    <message>
        <source>replaced %1 by a hard link to %2 (%3 freed)</source>
        <translation>已将 %1 替换为指向 %2 的硬链接（释放 %3）</translation>
    </message>
    <message>
        <source>deleted %1 (%2)</source>
        <translation>已删除 %1（%2）</translation>
    </message>
    <message>
        <source>%1 is kept: cannot ask the server at %2 about it: %3</source>
        <translation>%1 已保留：无法向 %2 上的服务器询问：%3</translation>
    </message>
    <message>
        <source>%1 is kept: the server at %2 lists %3, whose manifest in this store is missing or differs</source>
        <translation>%1 已保留：%2 上的服务器列出了 %3，但此存储中它的清单缺失或不同</translation>
    </message>
    <message>
        <source>Ollama has no API that deletes one blob: orphans are deleted on disk, each after checking again that no manifest uses it</source>
        <translation>Ollama 没有删除单个 blob 的 API：孤立 blob 在磁盘上删除，每个删除前都会再次确认没有清单使用它</translation>
    </message>
    <message>
        <source>Ollama %1 cannot quantize while creating a model (%2 can)</source>
        <translation>Ollama %1 不能在创建模型时量化（%2 可以）</translation>
    </message>
    <message>
        <source>'%1' is not a quantization type Ollama accepts (%2)</source>
        <translation>“%1”不是 Ollama 接受的量化类型（%2）</translation>
    </message>
    <message>
        <source>%1 is %2: Ollama quantizes only F16, BF16 and F32 models</source>
        <translation>%1 是 %2：Ollama 只量化 F16、BF16 和 F32 模型</translation>
    </message>
    <message>
        <source>%1 is BF16: Ollama %2 quantizes only F16 and F32 models (%3 also BF16)</source>
        <translation>%1 是 BF16：Ollama %2 只量化 F16 和 F32 模型（%3 起也支持 BF16）</translation>
    </message>
    <message>
        <source>The Ollama app is running (%1), so its settings in %2 were not changed: quit the app and try again, or in the app's Settings change "Model location" to %3</source>
        <translation>Ollama 应用正在运行（%1），因此未更改 %2 中的设置：请退出该应用后重试，或在应用的“设置”中把“模型位置（Model location）”改为 %3</translation>
    </message>
    <message>
        <source>Cannot change the Ollama app's settings in %1: %2</source>
        <translation>无法更改 %1 中的 Ollama 应用设置：%2</translation>
    </message>
    <message>
        <source>%1 is already a shard</source>
        <translation>%1 已经是一个分片</translation>
    </message>
    <message>
        <source>Give a maximum size or a maximum tensor count per shard</source>
        <translation>请给出每个分片的最大大小或最大张量数</translation>
    </message>
    <message>
        <source>That would make more than %1 shards</source>
        <translation>这样会产生超过 %1 个分片</translation>
    </message>
    <message>
        <source>Shard %1 does not read back</source>
        <translation>分片 %1 写入后无法读回</translation>
    </message>
    <message>
        <source>These files cannot be merged: %1</source>
        <translation>这些文件无法合并：%1</translation>
    </message>
    <message>
        <source>These files cannot be merged</source>
        <translation>这些文件无法合并</translation>
    </message>
    <message>
        <source>There is nothing to merge</source>
        <translation>没有需要合并的内容</translation>
    </message>
    <message>
        <source>A model and a projector need no merge for Ollama 0.7.1 and newer: create the model with two FROM lines. Concatenate them only for older Ollama (legacy concat).</source>
        <translation>Ollama 0.7.1 及更新版本无需合并模型和投影器：用两行 FROM 创建模型即可。只有旧版 Ollama 才需要把它们拼接在一起（旧式拼接）。</translation>
    </message>
    <message>
        <source>The output cannot be one of the inputs: %1</source>
        <translation>输出文件不能是输入文件之一：%1</translation>
    </message>
    <message>
        <source>The written file does not read back as GGUF: %1</source>
        <translation>写入的文件无法作为 GGUF 读回：%1</translation>
    </message>
    <message>
        <source>The written file has %1 bytes, expected %2</source>
        <translation>写入的文件有 %1 字节，应为 %2 字节</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>The manifest of %1 has a layer that is not an object</source>
        <translation>%1 的清单中有一层不是对象</translation>
    </message>
    <message>
        <source>The manifest of %1 has a layer without a media type or digest</source>
        <translation>%1 的清单中有一层缺少媒体类型或摘要</translation>
    </message>
    <message>
        <source>The manifest of %1 names a blob that is not a SHA-256 digest: %2</source>
        <translation>%1 的清单引用的数据块不是 SHA-256 摘要：%2</translation>
    </message>
    <message>
        <source>Cannot list the manifests: %1</source>
        <translation>无法列出清单：%1</translation>
    </message>
    <message>
        <source>the store index is unreadable; it will be rebuilt</source>
        <translation>模型库索引无法读取，将重新建立</translation>
    </message>
    <message>
        <source>the store index is damaged: %1</source>
        <translation>模型库索引已损坏：%1</translation>
    </message>
    <message>
        <source>cannot write the store index</source>
        <translation>无法写入模型库索引</translation>
    </message>
    <message>
        <source>cannot replace the store index: %1</source>
        <translation>无法替换模型库索引：%1</translation>
    </message>
    <message>
        <source>no Hugging Face cache here</source>
        <translation>这里没有 Hugging Face 缓存</translation>
    </message>
    <message>
        <source>no Hugging Face cache here (no models--ORG--NAME folders, and no hub folder)</source>
        <translation>这里没有 Hugging Face 缓存（没有 models--ORG--NAME 文件夹，也没有 hub 文件夹）</translation>
    </message>
    <message>
        <source>no ModelScope cache here</source>
        <translation>这里没有 ModelScope 缓存</translation>
    </message>
    <message>
        <source>not an Ollama blob name</source>
        <translation>不是 Ollama 数据块的文件名</translation>
    </message>
    <message>
        <source>a layer without a media type or digest</source>
        <translation>有一层缺少媒体类型或摘要</translation>
    </message>
    <message>
        <source>a layer without a media type or digest (%1)</source>
        <translation>有一层缺少媒体类型或摘要（%1）</translation>
    </message>
    <message>
        <source>missing blob %1 (%2)</source>
        <translation>缺少数据块 %1（%2）</translation>
    </message>
    <message>
        <source>no Ollama store here (no manifests or blobs folder)</source>
        <translation>这里没有 Ollama 模型库（没有 manifests 或 blobs 文件夹）</translation>
    </message>
    <message>
        <source>not a readable manifest</source>
        <translation>不是可读取的清单</translation>
    </message>
    <message>
        <source>cannot read folder: %1</source>
        <translation>无法读取文件夹：%1</translation>
    </message>
    <message>
        <source>stopped reading folder: %1</source>
        <translation>读取文件夹时中断：%1</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>不是文件夹</translation>
    </message>
    <message>
        <source>dangling symlink</source>
        <translation>失效的符号链接</translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>The Ollama app's model location (setting "models" in %1) is %2, not %3: it was changed since, so it was left as it is</source>
        <translation>Ollama 应用的模型位置（%1 中的设置“models”）现在是 %2，而不是 %3：它之后被改过，因此保持不变</translation>
    </message>
    <message>
        <source>Nothing was changed: change #%1 also changed the Ollama app's model location (setting "models" in %2), and the app is running (%3). Quit the Ollama app, then try again, so both change together</source>
        <translation>未做任何更改：更改 #%1 也改过 Ollama 应用的模型位置（%2 中的设置“models”），而该应用正在运行（%3）。请退出 Ollama 应用后重试，让两者一起更改</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>international</source>
        <translation>国际站（新加坡）</translation>
    </message>
    <message>
        <source>Beijing</source>
        <translation>北京</translation>
    </message>
    <message>
        <source>DashScope accepted the key (%1)</source>
        <translation>DashScope 接受了此密钥（%1）</translation>
    </message>
    <message>
        <source>DashScope rejected the key in every region tried (%1)</source>
        <translation>所试的每个地域都拒绝了此 DashScope 密钥（%1）</translation>
    </message>
    <message>
        <source>DashScope rejected the key in %1, and %2 could not be reached: %3</source>
        <translation>DashScope 在 %1 拒绝了此密钥，%2 无法连接：%3</translation>
    </message>
    <message>
        <source>DashScope could not be reached (%1): %2</source>
        <translation>无法连接 DashScope（%1）：%2</translation>
    </message>
    <message>
        <source>W&amp;B accepted the key (user %1)</source>
        <translation>W&amp;B 接受了此密钥（用户 %1）</translation>
    </message>
    <message>
        <source>W&amp;B rejected the key</source>
        <translation>W&amp;B 拒绝了此密钥</translation>
    </message>
    <message>
        <source>W&amp;B did not recognise the key</source>
        <translation>W&amp;B 无法识别此密钥</translation>
    </message>
    <message>
        <source>W&amp;B could not be reached: %1</source>
        <translation>无法连接 W&amp;B：%1</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 返回了 HTTP %2</translation>
    </message>
    <message>
        <source>%1 has no key check</source>
        <translation>%1 没有密钥检查</translation>
    </message>
    <message>
        <source> (at byte %1)</source>
        <translation>（位于第 %1 字节）</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation>（第 %1 行）</translation>
    </message>
    <message>
        <source>nothing accepted the connection</source>
        <translation>没有程序接受连接</translation>
    </message>
    <message>
        <source>the host name could not be resolved</source>
        <translation>无法解析主机名</translation>
    </message>
    <message>
        <source>the time allowed ran out</source>
        <translation>超出了允许的时间</translation>
    </message>
    <message>
        <source>No data moved to or from %1 for %2 ms</source>
        <translation>%2 毫秒内没有数据传入或传出 %1</translation>
    </message>
    <message>
        <source>The file ends in the middle of %1 (file size %2 bytes)</source>
        <translation>文件在%1中间就结束了（文件大小 %2 字节）</translation>
    </message>
    <message>
        <source>The length of %1 (%2 bytes) runs past the end of the file (%3 bytes left)</source>
        <translation>%1的长度（%2 字节）超出了文件末尾（只剩 %3 字节）</translation>
    </message>
    <message>
        <source>Unknown %1 %2 for key '%3'</source>
        <translation>键“%3”的%1 %2 未知</translation>
    </message>
    <message>
        <source>Arrays nest deeper than %1 levels in key '%2'</source>
        <translation>键“%2”中的数组嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>The array count %1 of key '%2' runs past the end of the file (%3 bytes left)</source>
        <translation>键“%2”的数组元素数 %1 超出了文件末尾（只剩 %3 字节）</translation>
    </message>
    <message>
        <source>Duplicate metadata key '%1'</source>
        <translation>元数据键“%1”重复</translation>
    </message>
    <message>
        <source>Tensor name '%1' is longer than %2 bytes</source>
        <translation>张量名“%1”超过 %2 字节</translation>
    </message>
    <message>
        <source>Tensor '%1' has %2 dimensions (at most %3)</source>
        <translation>张量“%1”有 %2 个维度（最多 %3 个）</translation>
    </message>
    <message>
        <source>Tensor '%1' has a negative dimension %2</source>
        <translation>张量“%1”有一个负的维度 %2</translation>
    </message>
    <message>
        <source>The element count of tensor '%1' overflows</source>
        <translation>张量“%1”的元素数溢出</translation>
    </message>
    <message>
        <source>Tensor '%1' has an unknown type %2</source>
        <translation>张量“%1”的类型 %2 未知</translation>
    </message>
    <message>
        <source>Tensor '%1': its first dimension %2 is not a multiple of the %3 block size %4</source>
        <translation>张量“%1”：第一个维度 %2 不是 %3 块大小 %4 的倍数</translation>
    </message>
    <message>
        <source>The byte size of tensor '%1' overflows</source>
        <translation>张量“%1”的字节大小溢出</translation>
    </message>
    <message>
        <source>Duplicate tensor name '%1'</source>
        <translation>张量名“%1”重复</translation>
    </message>
    <message>
        <source>general.alignment must be a uint32, not %1</source>
        <translation>general.alignment 必须是 uint32，而不是 %1</translation>
    </message>
    <message>
        <source>general.alignment must be a power of two, not %1</source>
        <translation>general.alignment 必须是 2 的幂，而不是 %1</translation>
    </message>
    <message>
        <source>Tensor '%1' starts at data offset %2, but the previous tensors end at %3 (with padding)</source>
        <translation>张量“%1”从数据偏移 %2 开始，但之前的张量（含填充）结束于 %3</translation>
    </message>
    <message>
        <source>The data size of the tensors overflows</source>
        <translation>张量的数据大小溢出</translation>
    </message>
    <message>
        <source>Not a GGUF file: it is only %1 bytes long</source>
        <translation>不是 GGUF 文件：它只有 %1 字节</translation>
    </message>
    <message>
        <source>Unsupported GGUF version %1 (1 to 3 are known)</source>
        <translation>不支持的 GGUF 版本 %1（已知的是 1 到 3）</translation>
    </message>
    <message>
        <source>The tensor count %1 runs past the end of the file</source>
        <translation>张量数 %1 超出了文件末尾</translation>
    </message>
    <message>
        <source>The metadata count %1 runs past the end of the file</source>
        <translation>元数据条目数 %1 超出了文件末尾</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>一个值</translation>
    </message>
    <message>
        <source>an array count</source>
        <translation>数组元素数</translation>
    </message>
    <message>
        <source>a string value</source>
        <translation>一个字符串值</translation>
    </message>
    <message>
        <source>a metadata key</source>
        <translation>一个元数据键</translation>
    </message>
    <message>
        <source>value type</source>
        <translation>值类型</translation>
    </message>
    <message>
        <source>array element type</source>
        <translation>数组元素类型</translation>
    </message>
    <message>
        <source>a tensor name</source>
        <translation>一个张量名</translation>
    </message>
    <message>
        <source>a tensor's dimension count</source>
        <translation>张量的维度数</translation>
    </message>
    <message>
        <source>a tensor dimension</source>
        <translation>一个张量维度</translation>
    </message>
    <message>
        <source>a tensor type</source>
        <translation>张量类型</translation>
    </message>
    <message>
        <source>a tensor offset</source>
        <translation>张量偏移</translation>
    </message>
    <message>
        <source>the version</source>
        <translation>版本号</translation>
    </message>
    <message>
        <source>the tensor count</source>
        <translation>张量数</translation>
    </message>
    <message>
        <source>the metadata count</source>
        <translation>元数据条目数</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>projector</source>
        <translation>投影器</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>适配器</translation>
    </message>
    <message>
        <source>%1 shards merged into one file</source>
        <translation>%1 个分片合并为一个文件</translation>
    </message>
    <message>
        <source>joined from %1 parts</source>
        <translation>由 %1 个分段拼接</translation>
    </message>
    <message>
        <source>shard %1 of %2</source>
        <translation>第 %1 个分片（共 %2 个）</translation>
    </message>
    <message>
        <source>one file (its digest from the .sha256 file beside it)</source>
        <translation>单个文件（摘要取自旁边的 .sha256 文件）</translation>
    </message>
    <message>
        <source>one file of the Hugging Face cache (named by its digest)</source>
        <translation>Hugging Face 缓存中的单个文件（以其摘要命名）</translation>
    </message>
    <message>
        <source>one file</source>
        <translation>单个文件</translation>
    </message>
    <message>
        <source>Checking the store</source>
        <translation>检查存储中</translation>
    </message>
    <message>
        <source>Joining</source>
        <translation>拼接中</translation>
    </message>
    <message>
        <source>Placing</source>
        <translation>放置中</translation>
    </message>
    <message>
        <source>Hashing</source>
        <translation>计算哈希</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>上传中</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>正在校验</translation>
    </message>
    <message>
        <source>hard link</source>
        <translation>硬链接</translation>
    </message>
    <message>
        <source>joined into the store, blocks shared</source>
        <translation>拼接进存储，共享数据块</translation>
    </message>
    <message>
        <source>copy-on-write clone</source>
        <translation>写时复制克隆</translation>
    </message>
    <message>
        <source>joined into the store</source>
        <translation>拼接进存储</translation>
    </message>
    <message>
        <source>copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>已移动</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>已上传</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>The blob and your file are one file (a hard link): no byte was copied, but editing that file in place would change the model. Deleting or renaming it is safe.</source>
        <translation>该 blob 与你的文件是同一个文件（硬链接）：没有复制任何字节，但就地编辑该文件会改变模型。删除或重命名该文件是安全的。</translation>
    </message>
    <message>
        <source>The blob shares its blocks with your files (copy-on-write): no byte was copied, and editing your files later leaves the model as it is.</source>
        <translation>该 blob 与你的文件共享数据块（写时复制）：没有复制任何字节，之后编辑你的文件也不会改变模型。</translation>
    </message>
    <message>
        <source>The parts were joined straight into Ollama’s store, each byte written once; your files are unchanged.</source>
        <translation>各分段已直接拼接进 Ollama 的存储，每个字节只写一次；你的文件保持不变。</translation>
    </message>
    <message>
        <source>The file was copied into Ollama’s store (another filesystem), hashed in the same pass.</source>
        <translation>文件已复制到 Ollama 的存储（位于另一个文件系统），复制的同时计算哈希。</translation>
    </message>
    <message>
        <source>The file was moved into Ollama’s store: it is no longer where it was.</source>
        <translation>文件已移动到 Ollama 的存储：它已不在原来的位置。</translation>
    </message>
    <message>
        <source>The files were uploaded over HTTP and Ollama wrote them into its own store.</source>
        <translation>文件已通过 HTTP 上传，由 Ollama 写入它自己的存储。</translation>
    </message>
    <message>
        <source>Ollama already had these bytes: nothing was written.</source>
        <translation>Ollama 已有这些数据：没有写入任何内容。</translation>
    </message>
    <message>
        <source>There is no model among these files.</source>
        <translation>这些文件中没有模型。</translation>
    </message>
    <message>
        <source>The files are complete: %1 in all.</source>
        <translation>文件完整：共 %1。</translation>
    </message>
    <message>
        <source>A model named “%1” already exists on %2. Choose another name or tick “Replace it”.</source>
        <translation>%2 上已有名为“%1”的模型。请换一个名称，或勾选“替换它”。</translation>
    </message>
    <message>
        <source>“%1” exists on %2 and will be replaced.</source>
        <translation>“%1”已存在于 %2，将被替换。</translation>
    </message>
    <message>
        <source>The name “%1” is free on %2.</source>
        <translation>名称“%1”在 %2 上可用。</translation>
    </message>
    <message>
        <source>Ollama at %1 is not on this machine: the files are uploaded over HTTP.</source>
        <translation>%1 上的 Ollama 不在本机：文件将通过 HTTP 上传。</translation>
    </message>
    <message>
        <source>Ollama writes up to %1 into its own store (its free space is not known here).</source>
        <translation>Ollama 将向它自己的存储写入最多 %1（此处无法得知其可用空间）。</translation>
    </message>
    <message>
        <source>The store %1 is Ollama’s (proven by a probe) and writable: the blobs are placed there directly, without a second copy.</source>
        <translation>存储 %1 属于该 Ollama（已用探针证实）且可写：blob 将直接放入其中，不产生第二份副本。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Writes at most %1 on the volume of %2 (%3 free).</source>
        <translation>在 %2 所在的卷上最多写入 %1（可用 %3）。</translation>
    </message>
    <message>
        <source>Imported &lt;b&gt;%1&lt;/b&gt; into %2 in %3 s.</source>
        <translation>已在 %3 秒内将 &lt;b&gt;%1&lt;/b&gt; 导入 %2。</translation>
    </message>
    <message>
        <source>Placement: %1. %2</source>
        <translation>放置方式：%1。%2</translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4</source>
        <translation>%1 %2（%3）：%4</translation>
    </message>
    <message>
        <source>%1: a hard link to your file. Editing that file in place would change the model; deleting or renaming it is safe.</source>
        <translation>%1：指向你的文件的硬链接。就地编辑该文件会改变模型；删除或重命名该文件是安全的。</translation>
    </message>
    <message>
        <source>Ollama’s store: %1</source>
        <translation>Ollama 的存储：%1</translation>
    </message>
    <message>
        <source>Bytes written: %1 (uploaded; Ollama wrote them).</source>
        <translation>写入字节：%1（经上传，由 Ollama 写入）。</translation>
    </message>
    <message>
        <source>Bytes written by ModelDesk: %1.</source>
        <translation>ModelDesk 写入的字节：%1。</translation>
    </message>
    <message>
        <source>Capabilities: %1</source>
        <translation>能力：%1</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>未列出</translation>
    </message>
    <message>
        <source>The projector was included, but Ollama does not list “vision”: the model will not accept images.</source>
        <translation>已包含投影器，但 Ollama 未列出“视觉”：该模型不会接受图像。</translation>
    </message>
    <message>
        <source>Quantizing</source>
        <translation>量化中</translation>
    </message>
    <message>
        <source># %1 is joined from:%2</source>
        <translation># %1 由以下分段拼接：%2</translation>
    </message>
</context>
<context>
    <name>ListText</name>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>PlanCheck</name>
    <message>
        <source>The plan expected %1, but Ollama does not list it among the model’s capabilities.</source>
        <translation>规划预期有%1，但 Ollama 没有把它列入模型的能力。</translation>
    </message>
    <message>
        <source>Ollama lists %1, which the plan did not expect.</source>
        <translation>Ollama 列出了%1，这不在规划之内。</translation>
    </message>
    <message>
        <source>Ollama’s template is not the Modelfile’s TEMPLATE.</source>
        <translation>Ollama 的模板不是 Modelfile 中的 TEMPLATE。</translation>
    </message>
    <message>
        <source>The plan expected Ollama to detect the %1 template, but Ollama reports no template.</source>
        <translation>规划预期 Ollama 检测到 %1 模板，但 Ollama 报告没有模板。</translation>
    </message>
    <message>
        <source>Ollama reports a template, but the plan expected none (no TEMPLATE, nothing detected).</source>
        <translation>Ollama 报告了一个模板，但规划预期没有（没有 TEMPLATE，也没有检测到模板）。</translation>
    </message>
    <message>
        <source>Ollama’s /api/show agrees with the plan: %1.</source>
        <translation>Ollama 的 /api/show 与规划一致：%1。</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>补全</translation>
    </message>
    <message>
        <source>tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>视觉</translation>
    </message>
    <message>
        <source>embedding</source>
        <translation>嵌入</translation>
    </message>
    <message>
        <source>thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>Ollama %1</source>
        <translation>Ollama %1</translation>
    </message>
    <message>
        <source>the Modelfile’s TEMPLATE</source>
        <translation>Modelfile 的 TEMPLATE</translation>
    </message>
    <message>
        <source>the detected %1 template</source>
        <translation>检测到的 %1 模板</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>The Modelfile decides: %1 renders chats with its TEMPLATE.</source>
        <translation>由 Modelfile 决定：%1 用其中的 TEMPLATE 渲染对话。</translation>
    </message>
    <message>
        <source>%1 renders chats with the %2 template it detects in the GGUF’s chat template.</source>
        <translation>%1 用它从 GGUF 聊天模板中检测到的 %2 模板渲染对话。</translation>
    </message>
    <message>
        <source>%1 renders chats with the GGUF’s own chat template.</source>
        <translation>%1 用 GGUF 自带的聊天模板渲染对话。</translation>
    </message>
    <message>
        <source>%1 renders chats with the GGUF’s own chat template (Ollama 0.30 and newer use it when there is no better Go template).</source>
        <translation>%1 用 GGUF 自带的聊天模板渲染对话（Ollama 0.30 及更新版本在没有更好的 Go 模板时使用它）。</translation>
    </message>
    <message>
        <source>Nothing renders chats: %1 sends the bare prompt.</source>
        <translation>没有东西渲染对话：%1 只发送原始提示词。</translation>
    </message>
    <message>
        <source>Ollama %1 renders chats only with a Go template, and this model has none (no TEMPLATE, and Ollama detects no template in the GGUF): chats get the bare prompt and the model talks nonsense. Add a TEMPLATE.</source>
        <translation>Ollama %1 只用 Go 模板渲染对话，而这个模型没有（没有 TEMPLATE，Ollama 也没有在 GGUF 中检测到模板）：对话只收到原始提示词，模型会胡言乱语。请添加 TEMPLATE。</translation>
    </message>
    <message>
        <source>The GGUF has no tokenizer.chat_template and the Modelfile no TEMPLATE: Ollama %1 sends chats as the bare prompt and the model talks nonsense. Add a TEMPLATE.</source>
        <translation>GGUF 没有 tokenizer.chat_template，Modelfile 也没有 TEMPLATE：Ollama %1 把对话作为原始提示词发送，模型会胡言乱语。请添加 TEMPLATE。</translation>
    </message>
    <message>
        <source>ModelDesk does not recognise the model’s chat format, so it cannot suggest a TEMPLATE: write one by hand or pick a preset.</source>
        <translation>ModelDesk 不认识这个模型的对话格式，无法建议 TEMPLATE：请手写一个或选择预设。</translation>
    </message>
    <message>
        <source>Chats render with %1, which has no %2 although the GGUF’s chat template has; the model will not offer them. A TEMPLATE with them keeps them.</source>
        <translation>对话用%1渲染，它没有%2，而 GGUF 的聊天模板有；模型将不提供这些能力。带有这些能力的 TEMPLATE 可以保留它们。</translation>
    </message>
    <message>
        <source>Ollama %1 renders chats with the GGUF’s own chat template, not %2, because the GGUF’s has more capabilities (OLLAMA_GO_TEMPLATE on the server turns this off).</source>
        <translation>Ollama %1 用 GGUF 自带的聊天模板渲染对话，而不是%2，因为 GGUF 的模板能力更多（在服务器上设置 OLLAMA_GO_TEMPLATE 可关闭此行为）。</translation>
    </message>
    <message>
        <source>The Modelfile’s %1 decides how chats render; templates and their capabilities are Ollama’s built-in renderer’s.</source>
        <translation>Modelfile 的 %1 决定对话如何渲染；模板及其能力由 Ollama 内置的渲染器决定。</translation>
    </message>
    <message>
        <source>Ollama recognises the chat template as its “%1” template: an exact match.</source>
        <translation>Ollama 将该聊天模板识别为其“%1”模板：完全一致。</translation>
    </message>
    <message numerus="yes">
        <source>Ollama recognises the chat template as its “%1” template, the closest of its own: %n character(s) differ.</source>
        <translation>
            <numerusform>Ollama 将该聊天模板识别为其“%1”模板（它自带模板中最接近的一个）：有 %n 个字符不同。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerStatusText</name>
    <message>
        <source>parsing GGUF</source>
        <translation>正在解析 GGUF</translation>
    </message>
    <message>
        <source>gathering model components</source>
        <translation>正在收集模型组件</translation>
    </message>
    <message>
        <source>writing manifest</source>
        <translation>正在写入清单</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>pulling manifest</source>
        <translation>正在拉取清单</translation>
    </message>
    <message>
        <source>retrieving manifest</source>
        <translation>正在获取清单</translation>
    </message>
    <message>
        <source>pushing manifest</source>
        <translation>正在推送清单</translation>
    </message>
    <message>
        <source>verifying sha256 digest</source>
        <translation>正在校验 SHA-256 摘要</translation>
    </message>
    <message>
        <source>removing any unused layers</source>
        <translation>正在移除不再使用的层</translation>
    </message>
    <message>
        <source>converting model</source>
        <translation>正在转换模型</translation>
    </message>
    <message>
        <source>verifying conversion</source>
        <translation>正在校验转换结果</translation>
    </message>
    <message>
        <source>creating adapter layer</source>
        <translation>正在创建适配器层</translation>
    </message>
    <message>
        <source>using existing layer</source>
        <translation>使用已有的层</translation>
    </message>
    <message>
        <source>creating new layer</source>
        <translation>正在创建新层</translation>
    </message>
    <message>
        <source>copying file</source>
        <translation>正在复制文件</translation>
    </message>
    <message>
        <source>using autodetected template</source>
        <translation>使用自动检测到的模板</translation>
    </message>
    <message>
        <source>quantizing</source>
        <translation>正在量化</translation>
    </message>
    <message>
        <source>pulling</source>
        <translation>正在拉取</translation>
    </message>
    <message>
        <source>pushing</source>
        <translation>正在推送</translation>
    </message>
</context>
<context>
    <name>md::ui::AboutDialog</name>
    <message>
        <source>About ModelDesk</source>
        <translation>关于 ModelDesk</translation>
    </message>
    <message>
        <source>Bring local GGUF models into Ollama: environment, models, merge and Modelfiles.</source>
        <translation>把本地 GGUF 模型导入 Ollama：环境变量、模型、合并与 Modelfile。</translation>
    </message>
    <message>
        <source>Licensed under the Apache License, Version 2.0.</source>
        <translation>依据 Apache License 2.0 许可证授权。</translation>
    </message>
</context>
<context>
    <name>md::ui::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>md::ui::CreateGuard</name>
    <message>
        <source>The Modelfile has errors</source>
        <translation>Modelfile 有错误</translation>
    </message>
    <message>
        <source>Ollama will most likely refuse this Modelfile. The first problem is on line %1: %2</source>
        <translation>Ollama 很可能会拒绝这个 Modelfile。第一个问题在第 %1 行：%2</translation>
    </message>
    <message>
        <source>Create the model anyway?</source>
        <translation>仍然创建模型？</translation>
    </message>
    <message>
        <source>Create Anyway</source>
        <translation>仍然创建</translation>
    </message>
    <message>
        <source>Ollama will most likely refuse this Modelfile: %1</source>
        <translation>Ollama 很可能会拒绝这个 Modelfile：%1</translation>
    </message>
</context>
<context>
    <name>md::ui::CreateInOllamaDialog</name>
    <message>
        <source>Create in Ollama</source>
        <translation>在 Ollama 中创建</translation>
    </message>
    <message>
        <source>Model name:</source>
        <translation>模型名称：</translation>
    </message>
    <message>
        <source>e.g. my-model:q4_k_m</source>
        <translation>例如 my-model:q4_k_m</translation>
    </message>
    <message>
        <source>Ollama:</source>
        <translation>Ollama：</translation>
    </message>
    <message>
        <source>Modelfile:</source>
        <translation>Modelfile：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Show in Models</source>
        <translation>在“模型”中显示</translation>
    </message>
    <message>
        <source>Hashing</source>
        <translation>计算哈希</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>上传中</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>model name</source>
        <translation>模型名</translation>
    </message>
    <message>
        <source>Enter a name for the new model.</source>
        <translation>请输入新模型的名称。</translation>
    </message>
    <message>
        <source>A name has at most three parts: host/namespace/model.</source>
        <translation>名称最多包含三部分：主机/命名空间/模型。</translation>
    </message>
    <message>
        <source>The %1 must not be empty.</source>
        <translation>%1不能为空。</translation>
    </message>
    <message>
        <source>The %1 must start with a letter, a digit or “_”, not “%2”.</source>
        <translation>%1必须以字母、数字或“_”开头，而不是“%2”。</translation>
    </message>
    <message>
        <source>The %1 “%2” contains “%3”; use letters, digits, “_” and “-”.</source>
        <translation>%1“%2”包含“%3”；请使用字母、数字、“_”和“-”。</translation>
    </message>
    <message>
        <source>The %1 “%2” contains “%3”; use letters, digits, “_”, “-” and “.”.</source>
        <translation>%1“%2”包含“%3”；请使用字母、数字、“_”、“-”和“.”。</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation>%1超过 %2 个字符。</translation>
    </message>
    <message>
        <source>Creating “%1” on %2</source>
        <translation>正在 %2 上创建“%1”</translation>
    </message>
    <message>
        <source>Ollama %1 reads only the first GGUF of a file, so the projector concatenated into “%2” was ignored and “%3” has no vision. Put the model and the projector on two FROM lines as separate files.</source>
        <translation>Ollama %1 只读取文件中的第一个 GGUF，因此拼接在“%2”中的投影器被忽略，“%3”没有视觉能力。请将模型和投影器作为两个独立文件，写在两行 FROM 中。</translation>
    </message>
    <message>
        <source>The projector “%1” was included, but Ollama does not list “vision” among the capabilities of “%2”: it will not accept images.</source>
        <translation>已包含投影器“%1”，但 Ollama 未在“%2”的能力中列出“vision”：它将不接受图像。</translation>
    </message>
    <message>
        <source>Cancelled while Ollama was creating the model; it may exist anyway. Check the Models page.</source>
        <translation>在 Ollama 创建模型期间已取消；模型仍可能已创建。请查看“模型”页面。</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was created.</source>
        <translation>已取消，未创建任何内容。</translation>
    </message>
    <message>
        <source>Created “%1” in Ollama.</source>
        <translation>已在 Ollama 中创建“%1”。</translation>
    </message>
    <message>
        <source>It accepts images (vision).</source>
        <translation>它可以接受图像（视觉）。</translation>
    </message>
    <message>
        <source>The server chosen on the Models page (by default the one OLLAMA_HOST names)</source>
        <translation>在“模型”页面选择的服务器（默认为 OLLAMA_HOST 指定的服务器）</translation>
    </message>
    <message>
        <source>Asking Ollama at %1 for its version…</source>
        <translation>正在向 %1 上的 Ollama 询问版本…</translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation>无法规划：%1</translation>
    </message>
    <message>
        <source>Could not ask Ollama about the new model (/api/show), so it was not compared with the plan.</source>
        <translation>无法向 Ollama 查询新模型（/api/show），因此没有与规划比较。</translation>
    </message>
    <message>
        <source>Ollama did not do what the plan said:</source>
        <translation>Ollama 的结果与规划不符：</translation>
    </message>
    <message>
        <source>Quantizing</source>
        <translation>量化中</translation>
    </message>
    <message>
        <source>warning: line %1: %2</source>
        <translation>警告：第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>md::ui::DropRouter</name>
    <message>
        <source>Only local files can be dropped here, not %1.</source>
        <translation>这里只能拖入本地文件，不能拖入 %1。</translation>
    </message>
    <message>
        <source>ModelDesk cannot open “%1”: drop GGUF files, a folder or a Modelfile.</source>
        <translation>ModelDesk 无法打开“%1”：请拖入 GGUF 文件、文件夹或 Modelfile。</translation>
    </message>
    <message>
        <source>Nothing to open in this drop.</source>
        <translation>拖入的内容中没有可打开的项目。</translation>
    </message>
    <message>
        <source>Drop one kind of thing at a time: GGUF files, folders or a Modelfile.</source>
        <translation>一次只拖入一类内容：GGUF 文件、文件夹或 Modelfile。</translation>
    </message>
    <message>
        <source>Drop one Modelfile at a time.</source>
        <translation>一次只拖入一个 Modelfile。</translation>
    </message>
    <message>
        <source>Left out what is not a GGUF file or a Modelfile: %1</source>
        <translation>已略过不是 GGUF 文件或 Modelfile 的文件：%1</translation>
    </message>
</context>
<context>
    <name>md::ui::EnvHistoryView</name>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Set %1: %2 → %3</source>
        <translation>设置 %1：%2 → %3</translation>
    </message>
    <message>
        <source>Removed %1 (was %2)</source>
        <translation>移除 %1（原为 %2）</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>No changes yet. Each value you apply or reset on the Variables tab appears here, with its time and its old and new value; the files are backed up first. Select a change to undo it, or to redo it once undone.</source>
        <translation>尚无更改。您在“变量”标签页中应用或重置的每个值都会出现在这里，附带时间以及旧值和新值；文件会先备份。选中一项更改即可撤销它，撤销后也可重做。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo the selected change, or the newest one</source>
        <translation>撤销选中的更改；未选中时撤销最新的更改</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Apply an undone change again: the selected one, or the last one undone</source>
        <translation>重新应用已撤销的更改：选中的那一项；未选中时为最后撤销的那一项</translation>
    </message>
</context>
<context>
    <name>md::ui::EnvVariableRow</name>
    <message>
        <source>Default: %1</source>
        <translation>默认值：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Choose a folder for %1</source>
        <translation>为 %1 选择文件夹</translation>
    </message>
    <message>
        <source>Measuring… %1 files</source>
        <translation>正在统计… %1 个文件</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>显示或隐藏密钥</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>Check key</source>
        <translation>检查密钥</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>DashScope console</source>
        <translation>DashScope 控制台</translation>
    </message>
    <message>
        <source>Get a key: &lt;a href="%1"&gt;%2&lt;/a&gt;</source>
        <translation>获取密钥：&lt;a href="%1"&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Not set: the default applies</source>
        <translation>未设置：使用默认值</translation>
    </message>
    <message>
        <source>Saved and in effect</source>
        <translation>已保存并已生效</translation>
    </message>
    <message>
        <source>Saved: programs started after your next login use it</source>
        <translation>已保存：下次登录后启动的程序会使用它</translation>
    </message>
    <message>
        <source>Saved: Ollama uses it after a restart</source>
        <translation>已保存：Ollama 重启后使用它</translation>
    </message>
    <message>
        <source>Set only in this session, not saved</source>
        <translation>仅在本会话中设置，未保存</translation>
    </message>
    <message>
        <source>The Ollama service uses its own value: %1</source>
        <translation>Ollama 服务使用它自己的值：%1</translation>
    </message>
    <message>
        <source>The Ollama app sets its own value</source>
        <translation>Ollama 应用设置了它自己的值</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
</context>
<context>
    <name>md::ui::EnvironmentPage</name>
    <message>
        <source>Environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Where Ollama stores its models</source>
        <translation>Ollama 存放模型的位置</translation>
    </message>
    <message>
        <source>The address the Ollama server listens on</source>
        <translation>Ollama 服务监听的地址</translation>
    </message>
    <message>
        <source>The Hugging Face cache and settings</source>
        <translation>Hugging Face 缓存与设置</translation>
    </message>
    <message>
        <source>The ModelScope download cache</source>
        <translation>ModelScope 下载缓存</translation>
    </message>
    <message>
        <source>API key for Qwen models on DashScope</source>
        <translation>DashScope 上通义千问模型的 API 密钥</translation>
    </message>
    <message>
        <source>API key for Weights &amp; Biases</source>
        <translation>Weights &amp; Biases 的 API 密钥</translation>
    </message>
    <message>
        <source>How long a model stays loaded after use</source>
        <translation>模型使用后保持加载的时长</translation>
    </message>
    <message>
        <source>Default context length in tokens</source>
        <translation>默认上下文长度（token 数）</translation>
    </message>
    <message>
        <source>Requests each model serves at once</source>
        <translation>每个模型可同时处理的请求数</translation>
    </message>
    <message>
        <source>Models kept loaded at once</source>
        <translation>可同时保持加载的模型数</translation>
    </message>
    <message>
        <source>Requests queued before the server refuses more</source>
        <translation>服务拒绝新请求前可排队的请求数</translation>
    </message>
    <message>
        <source>Use flash attention</source>
        <translation>使用 Flash Attention</translation>
    </message>
    <message>
        <source>Quantization of the K/V cache (f16, q8_0, q4_0)</source>
        <translation>K/V 缓存的量化方式（f16、q8_0、q4_0）</translation>
    </message>
    <message>
        <source>Extra origins allowed to call the API</source>
        <translation>允许调用 API 的额外来源（origin）</translation>
    </message>
    <message>
        <source>Do not delete unused blobs at start-up</source>
        <translation>启动时不删除未使用的 blob</translation>
    </message>
    <message>
        <source>Verbose server logs</source>
        <translation>输出详细的服务日志</translation>
    </message>
    <message>
        <source>Quit Ollama from the menu bar and open it again. Open a new terminal to see the change there.</source>
        <translation>请从菜单栏退出 Ollama 并重新打开。新开一个终端即可看到更改。</translation>
    </message>
    <message>
        <source>Ollama runs as a system service, which does not read your settings: apply them to the service, which restarts it (sudo systemctl daemon-reload &amp;&amp; sudo systemctl restart ollama). Log out and back in for your desktop session.</source>
        <translation>Ollama 以系统服务运行，不会读取你的设置：请将设置应用到该服务，这会重启它（sudo systemctl daemon-reload &amp;&amp; sudo systemctl restart ollama）。桌面会话需要注销并重新登录。</translation>
    </message>
    <message>
        <source>Quit Ollama (ollama serve) and start it again from a new login session: log out and back in so your desktop session sees the change.</source>
        <translation>请退出 Ollama（ollama serve），并在新的登录会话中重新启动：注销并重新登录，桌面会话才能看到更改。</translation>
    </message>
    <message>
        <source>Quit Ollama before the move, and start it again only once OLLAMA_MODELS points at the new folder: at start-up Ollama deletes blobs that no manifest uses, and a model being copied has such blobs.</source>
        <translation>请在迁移前退出 Ollama，并等 OLLAMA_MODELS 指向新文件夹后再启动它：Ollama 启动时会删除没有任何清单（manifest）引用的 blob，而正在复制的模型就有这样的 blob。</translation>
    </message>
    <message>
        <source>If you use the Ollama desktop app, its Settings → “Model location” overrides OLLAMA_MODELS: set it to the new folder there too.</source>
        <translation>如果你使用 Ollama 桌面应用，其“设置 → 模型位置（Model location）”会覆盖 OLLAMA_MODELS：请在那里也设置为新文件夹。</translation>
    </message>
    <message>
        <source>Files that no model uses (%1: partial downloads, leftovers) stay in the old folder.</source>
        <translation>没有模型使用的文件（%1 个：未完成的下载、残留文件）会留在旧文件夹中。</translation>
    </message>
    <message>
        <source>Ollama's system service runs as the “ollama” user, which must own the new folder: sudo chown -R ollama:ollama '%1'</source>
        <translation>Ollama 系统服务以“ollama”用户运行，新文件夹必须归该用户所有：sudo chown -R ollama:ollama '%1'</translation>
    </message>
    <message>
        <source>Delete the old copy?</source>
        <translation>删除旧副本？</translation>
    </message>
    <message>
        <source>Every model is now in the new folder and verified. Delete the old copy in %1?</source>
        <translation>所有模型都已在新文件夹中并通过校验。要删除 %1 中的旧副本吗？</translation>
    </message>
    <message>
        <source>Ollama system service</source>
        <translation>Ollama 系统服务</translation>
    </message>
    <message>
        <source>The Ollama service reads its variables from %1. Write this file as administrator and restart Ollama? (Show Details to copy it.)</source>
        <translation>Ollama 服务从 %1 读取变量。要以管理员身份写入此文件并重启 Ollama 吗？（点击“显示详细信息”可复制内容。）</translation>
    </message>
    <message>
        <source>These variables decide where models live and how tools reach them. Changes are saved for your account (backed up first: see History) and reach programs started afterwards.</source>
        <translation>这些变量决定模型存放在哪里，以及各工具如何访问它们。更改会为你的账户保存（保存前先备份，见“历史”），之后启动的程序才会看到。</translation>
    </message>
    <message>
        <source>Advanced Ollama server settings</source>
        <translation>Ollama 服务高级设置</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Apply to the Ollama service…</source>
        <translation>应用到 Ollama 服务…</translation>
    </message>
    <message>
        <source>Copying and verifying models</source>
        <translation>正在复制并校验模型</translation>
    </message>
    <message>
        <source>Size not measured</source>
        <translation>未统计大小</translation>
    </message>
    <message>
        <source>The folder does not exist yet</source>
        <translation>文件夹尚不存在</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 已保存。</translation>
    </message>
    <message>
        <source>%1 is back to its default.</source>
        <translation>%1 已恢复默认值。</translation>
    </message>
    <message>
        <source>Ollama reads %1 only when it starts. %2</source>
        <translation>Ollama 只在启动时读取 %1。%2</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Cannot stage the service file in %1</source>
        <translation>无法在 %1 准备服务文件</translation>
    </message>
    <message>
        <source>The Ollama service has the new settings and was restarted.</source>
        <translation>Ollama 服务已使用新设置并已重启。</translation>
    </message>
    <message>
        <source>The service file was not written (the administrator prompt was closed or failed).</source>
        <translation>服务文件未写入（管理员授权窗口被关闭或失败）。</translation>
    </message>
    <message>
        <source>These models are damaged and stay in the old folder:
%1</source>
        <translation>以下模型已损坏，将留在旧文件夹中：
%1</translation>
    </message>
    <message>
        <source>The move was stopped and OLLAMA_MODELS was not changed. What was copied and verified stays in %1; applying the folder again resumes the move.</source>
        <translation>迁移已停止，OLLAMA_MODELS 未更改。已复制并校验的文件保留在 %1 中；再次应用该文件夹即可继续迁移。</translation>
    </message>
    <message>
        <source>OLLAMA_MODELS was not changed: these models are damaged (a file does not match its SHA-256) and were left in the old folder, untouched:
%1
Remove them or pull them again, then apply the folder again; what was verified is kept.</source>
        <translation>OLLAMA_MODELS 未更改：以下模型已损坏（文件与其 SHA-256 不符），已原样留在旧文件夹中：
%1
请删除或重新拉取这些模型，然后再次应用该文件夹；已校验的文件会保留。</translation>
    </message>
    <message>
        <source>Moved %1 models to %2 and verified every file. The old copy stays in %3.</source>
        <translation>已将 %1 个模型迁移到 %2，并校验了每个文件。旧副本仍在 %3 中。</translation>
    </message>
    <message>
        <source>Moved %1 models to %2 and verified every file. Deleted %3 from the old folder.</source>
        <translation>已将 %1 个模型迁移到 %2，并校验了每个文件。已从旧文件夹删除 %3。</translation>
    </message>
    <message>
        <source>pkexec could not be started. Write the file yourself as root, then restart the Ollama service.</source>
        <translation>无法启动 pkexec。请以 root 身份自行写入该文件，然后重启 Ollama 服务。</translation>
    </message>
    <message>
        <source>The Ollama app reads the new value only when it starts: quit Ollama from its tray icon and start it again. Terminals and editors opened before the change need a restart too.</source>
        <translation>Ollama 应用只在启动时读取新值：请从托盘图标退出 Ollama 再重新启动。更改之前打开的终端和编辑器也需要重启。</translation>
    </message>
    <message>
        <source>The Ollama app starts the server with %1=%2, from its setting “%3” (kept in %4): that wins over the value above. Change it in the Ollama app’s settings.</source>
        <translation>Ollama 应用启动服务器时使用 %1=%2，来自其设置“%3”（保存在 %4）：它优先于上面的值。请在 Ollama 应用的设置中更改。</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
    <message>
        <source>The Ollama app's model location is now %1 (its settings database was backed up to %2 first).</source>
        <translation>Ollama 应用的模型位置现在是 %1（已先把它的设置数据库备份到 %2）。</translation>
    </message>
    <message>
        <source>The Ollama app's model location was not changed: %1</source>
        <translation>Ollama 应用的模型位置未更改：%1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>The Ollama app's model location is %1 again (it was %2; its settings database was backed up to %3 first).</source>
        <translation>Ollama 应用的模型位置已恢复为 %1（之前为 %2；已先把它的设置数据库备份到 %3）。</translation>
    </message>
    <message>
        <source>The Ollama app's model location was left as it is: the move did not change it.</source>
        <translation>Ollama 应用的模型位置保持不变：迁移时并未更改它。</translation>
    </message>
    <message>
        <source>The Ollama app's model location already is %1.</source>
        <translation>Ollama 应用的模型位置已经是 %1。</translation>
    </message>
    <message>
        <source>The Ollama app's model location was left at %1: it was changed since ModelDesk set it to %2.</source>
        <translation>Ollama 应用的模型位置保持为 %1：ModelDesk 把它设为 %2 之后，它又被改过。</translation>
    </message>
    <message>
        <source>The Ollama app's settings database is gone: its model location was not put back.</source>
        <translation>Ollama 应用的设置数据库已不存在：其模型位置未恢复。</translation>
    </message>
    <message>
        <source>The Ollama app's model location was left at %1: %2</source>
        <translation>Ollama 应用的模型位置保持为 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1，共 %n 个文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::ExportDialog</name>
    <message>
        <source>Export to folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>导出“%1”</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>布局：</translation>
    </message>
    <message>
        <source>A folder of its own (GGUF, Modelfile, README)</source>
        <translation>单独的文件夹（GGUF、Modelfile、README）</translation>
    </message>
    <message>
        <source>LM Studio's models folder (publisher/repo/file.gguf)</source>
        <translation>LM Studio 的模型文件夹（发布者/仓库/文件.gguf）</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Files go to:</source>
        <translation>文件写入：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>生成方式</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>正在复制</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>正在校验</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>请选择文件夹。</translation>
    </message>
    <message>
        <source>Exporting “%1” to %2</source>
        <translation>正在将“%1”导出到 %2</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>已取消。未写入任何内容。</translation>
    </message>
    <message>
        <source>clone (no bytes written)</source>
        <translation>克隆（未写入字节）</translation>
    </message>
    <message>
        <source>hard link (no bytes written)</source>
        <translation>硬链接（未写入字节）</translation>
    </message>
    <message>
        <source>written</source>
        <translation>已写入</translation>
    </message>
    <message>
        <source>Exported to %1: %2 file(s), %3 written.</source>
        <translation>已导出到 %1：%2 个文件，写入 %3。</translation>
    </message>
</context>
<context>
    <name>md::ui::GgufInspector</name>
    <message>
        <source>Reading the header of %1…</source>
        <translation>正在读取 %1 的文件头…</translation>
    </message>
    <message>
        <source>Memory estimate</source>
        <translation>内存估算</translation>
    </message>
    <message>
        <source>Search keys and values</source>
        <translation>搜索键和值</translation>
    </message>
    <message>
        <source>Filter tensors by name</source>
        <translation>按名称筛选张量</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <source>Tensors</source>
        <translation>张量</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>对话模板</translation>
    </message>
    <message>
        <source>Ollama detects none of its template families in it.</source>
        <translation>Ollama 未在其中检测到它的任何模板家族。</translation>
    </message>
    <message>
        <source>Capabilities when this template renders chats (Ollama 0.30 and newer): %1</source>
        <translation>由这个模板渲染对话时的能力（Ollama 0.30 及更新版本）：%1</translation>
    </message>
</context>
<context>
    <name>md::ui::GgufMemoryPanel</name>
    <message>
        <source>Context length</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 个 token</translation>
    </message>
    <message>
        <source>Memory: about %1 for the weights (no KV cache facts in this file)</source>
        <translation>内存：权重约 %1（此文件没有 KV 缓存所需的信息）</translation>
    </message>
    <message>
        <source>Memory: about %1 = %2 weights + %3 KV cache (f16)</source>
        <translation>内存：约 %1 = 权重 %2 + KV 缓存 %3（f16）</translation>
    </message>
</context>
<context>
    <name>md::ui::GgufMetadataModel</name>
    <message>
        <source>1 item</source>
        <translation>1 项</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 项</translation>
    </message>
    <message>
        <source>Load %1 more (%2 of %3 shown)</source>
        <translation>再加载 %1 项（已显示 %2 / %3）</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>md::ui::GgufSummaryCard</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Vision and audio projector</source>
        <translation>视觉和音频投影器</translation>
    </message>
    <message>
        <source>Audio projector</source>
        <translation>音频投影器</translation>
    </message>
    <message>
        <source>Vision projector</source>
        <translation>视觉投影器</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>适配器</translation>
    </message>
    <message>
        <source>Shard %1 of %2</source>
        <translation>分片 %1 / %2</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>分片</translation>
    </message>
    <message>
        <source>Byte-split part</source>
        <translation>按字节切分的部分</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Incomplete: %1 missing</source>
        <translation>不完整：缺少 %1</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>量化</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Tensors</source>
        <translation>张量</translation>
    </message>
    <message>
        <source>Tensor bytes by type</source>
        <translation>各类型张量字节数</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 个 token</translation>
    </message>
</context>
<context>
    <name>md::ui::GgufTensorModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>偏移</translation>
    </message>
</context>
<context>
    <name>md::ui::ImportDialog</name>
    <message>
        <source>Save Modelfile</source>
        <translation>保存 Modelfile</translation>
    </message>
    <message>
        <source>Modelfiles (Modelfile *.Modelfile *.mf);;All files (*)</source>
        <translation>Modelfile 文件 (Modelfile *.Modelfile *.mf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading the files and asking Ollama at %1 for its version…</source>
        <translation>正在读取文件并向 %1 上的 Ollama 询问版本…</translation>
    </message>
    <message>
        <source>Asking Ollama at %1 for its version…</source>
        <translation>正在向 %1 上的 Ollama 询问版本…</translation>
    </message>
    <message>
        <source>No plan: these files cannot be imported.</source>
        <translation>无规划：这些文件无法导入。</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Enter a valid name to check the rest.</source>
        <translation>请输入有效的名称，以检查其余各项。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Importing “%1” into Ollama at %2</source>
        <translation>正在将“%1”导入 %2 上的 Ollama</translation>
    </message>
    <message>
        <source>Cancelled while Ollama was creating the model; “%1” may have been replaced.</source>
        <translation>在 Ollama 创建模型时取消；“%1”可能已被替换。</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was left behind: no blob, no model, no temp file.</source>
        <translation>已取消。没有留下任何东西：没有 blob、没有模型、没有临时文件。</translation>
    </message>
    <message>
        <source>“%1” is ready in Ollama.</source>
        <translation>“%1”已在 Ollama 中就绪。</translation>
    </message>
    <message>
        <source>Saved the Modelfile as %1.</source>
        <translation>已将 Modelfile 保存为 %1。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Import into Ollama</source>
        <translation>导入到 Ollama</translation>
    </message>
    <message>
        <source>Ollama at %1</source>
        <translation>Ollama：%1</translation>
    </message>
    <message>
        <source>The server chosen on the Models page (by default the one OLLAMA_HOST names)</source>
        <translation>在“模型”页面选择的服务器（默认为 OLLAMA_HOST 指定的服务器）</translation>
    </message>
    <message>
        <source>What the files become</source>
        <translation>这些文件会变成什么</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Name in Ollama</source>
        <translation>在 Ollama 中的名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Model name:</source>
        <translation>模型名称：</translation>
    </message>
    <message>
        <source>e.g. my-model:q4_k_m</source>
        <translation>例如 my-model:q4_k_m</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>替换它</translation>
    </message>
    <message>
        <source>Before importing</source>
        <translation>导入前检查</translation>
    </message>
    <message>
        <source>Modelfile (in memory)</source>
        <translation>Modelfile（在内存中）</translation>
    </message>
    <message>
        <source>Save Modelfile…</source>
        <translation>保存 Modelfile…</translation>
    </message>
    <message>
        <source>Optional: Ollama does not need the file; the import keeps it in memory.</source>
        <translation>可选：Ollama 不需要这个文件；导入时它只保存在内存中。</translation>
    </message>
    <message>
        <source>Open Modelfile</source>
        <translation>打开 Modelfile</translation>
    </message>
    <message>
        <source>Test prompt…</source>
        <translation>测试提示词…</translation>
    </message>
    <message>
        <source>Show in Models</source>
        <translation>在“模型”中显示</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The plan below is for %1. Start Ollama, then press “Check again”.</source>
        <translation>下面的规划针对 %1。请启动 Ollama，然后点击“重新检查”。</translation>
    </message>
</context>
<context>
    <name>md::ui::ImportOffer</name>
    <message>
        <source>Import these files into Ollama…</source>
        <translation>将这些文件导入 Ollama…</translation>
    </message>
    <message>
        <source>Import “%1” into Ollama…</source>
        <translation>将“%1”导入 Ollama…</translation>
    </message>
</context>
<context>
    <name>md::ui::Job</name>
    <message>
        <source>/s</source>
        <translation>/秒</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>剩余 %1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>剩余 %1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>剩余 %1 秒</translation>
    </message>
</context>
<context>
    <name>md::ui::MainWindow</name>
    <message>
        <source>ModelDesk</source>
        <translation>ModelDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ModelDesk</source>
        <translation>关于 ModelDesk(&amp;A)</translation>
    </message>
    <message>
        <source>Open GGUF files or a Modelfile</source>
        <translation>打开 GGUF 文件或 Modelfile</translation>
    </message>
    <message>
        <source>Models and Modelfiles (*.gguf *.gguf.* Modelfile *.Modelfile *.mf);;All files (*)</source>
        <translation>模型与 Modelfile (*.gguf *.gguf.* Modelfile *.Modelfile *.mf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No recent Modelfiles</source>
        <translation>没有最近的 Modelfile</translation>
    </message>
    <message>
        <source>&amp;New Modelfile</source>
        <translation>新建 Modelfile(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Re&amp;claim space…</source>
        <translation>回收空间(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>md::ui::MergeOutputStep</name>
    <message>
        <source>Choose the output folder</source>
        <translation>选择输出文件夹</translation>
    </message>
    <message>
        <source>Where should the merged file go?</source>
        <translation>合并后的文件放在哪里？</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>文件名：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Delete leftover temp files</source>
        <translation>删除残留的临时文件</translation>
    </message>
    <message>
        <source>Needs %1.</source>
        <translation>需要 %1。</translation>
    </message>
    <message>
        <source>Needs %1; %2 is free in this folder.</source>
        <translation>需要 %1；此文件夹可用 %2。</translation>
    </message>
    <message numerus="yes">
        <source>This folder holds %n temp file(s) left by an interrupted merge: %1</source>
        <translation>
            <numerusform>此文件夹中有 %n 个中断的合并留下的临时文件：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Create this folder</source>
        <translation>创建此文件夹</translation>
    </message>
    <message>
        <source>This folder does not exist yet. Needs %1.</source>
        <translation>此文件夹尚不存在。需要 %1。</translation>
    </message>
</context>
<context>
    <name>md::ui::MergePage</name>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Drop the pieces of a model here</source>
        <translation>把模型的各个部分拖到这里</translation>
    </message>
    <message>
        <source>Byte-split parts (x.gguf.a, x.gguf.b…), llama.cpp shards (x-00001-of-00003.gguf), or a model with its vision projector (mmproj).</source>
        <translation>按字节切分的分卷（x.gguf.a、x.gguf.b…）、llama.cpp 分片（x-00001-of-00003.gguf），或模型及其视觉投影器（mmproj）。</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Files to merge</source>
        <translation>待合并的文件</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Choose the parts, shards or projector</source>
        <translation>选择分卷、分片或投影器</translation>
    </message>
    <message>
        <source>GGUF files and parts (*.gguf *.gguf.*);;All files (*)</source>
        <translation>GGUF 文件与分卷 (*.gguf *.gguf.*);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Writing and hashing</source>
        <translation>正在写入并计算校验和</translation>
    </message>
    <message>
        <source>Verifying the output</source>
        <translation>正在校验输出</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>替换该文件？</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the merged file?</source>
        <translation>%1 已存在。要用合并后的文件替换它吗？</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Open in inspector</source>
        <translation>在检查器中打开</translation>
    </message>
    <message>
        <source>Create Ollama model from this…</source>
        <translation>用它创建 Ollama 模型…</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Check the files</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <source>Choose the output</source>
        <translation>选择输出</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written; the inputs are untouched.</source>
        <translation>已取消。没有写入任何文件；输入文件保持不变。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done.&lt;/b&gt;&lt;br&gt;Output: %1&lt;br&gt;Size: %2&lt;br&gt;SHA-256: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;Checksum file: %4</source>
        <translation>&lt;b&gt;完成。&lt;/b&gt;&lt;br&gt;输出：%1&lt;br&gt;大小：%2&lt;br&gt;SHA-256：&lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;校验和文件：%4</translation>
    </message>
    <message>
        <source>shared blocks (a clone: no data copied, no extra disk space)</source>
        <translation>共享数据块（克隆：不复制数据，不占用额外磁盘空间）</translation>
    </message>
    <message>
        <source>a buffered copy</source>
        <translation>缓冲复制</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>，然后</translation>
    </message>
    <message>
        <source>Written in %1 s by %2.</source>
        <translation>用时 %1 秒，方式：%2。</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>复制 SHA-256</translation>
    </message>
    <message>
        <source>a direct file-to-file copy by the system</source>
        <translation>由系统直接在文件间复制</translation>
    </message>
    <message>
        <source>Written in under 0.1 s by %1.</source>
        <translation>用时不到 0.1 秒，方式：%1。</translation>
    </message>
    <message>
        <source>Only Ollama older than 0.7.1 reads the projector from this file: newer Ollama drops it, and the model loses vision.</source>
        <translation>只有低于 0.7.1 的 Ollama 会从此文件读取投影器：较新的 Ollama 会丢弃它，模型将失去视觉能力。</translation>
    </message>
    <message>
        <source>Merging into %1</source>
        <translation>正在合并到 %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n temporary file(s) an interrupted merge had left here (%1).</source>
        <translation>
            <numerusform>已删除中断的合并在此留下的 %n 个临时文件（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import into Ollama…</source>
        <translation>导入到 Ollama…</translation>
    </message>
</context>
<context>
    <name>md::ui::MergePlanView</name>
    <message>
        <source>Join byte-split parts</source>
        <translation>拼接按字节切分的分卷</translation>
    </message>
    <message>
        <source>Merge llama.cpp shards</source>
        <translation>合并 llama.cpp 分片</translation>
    </message>
    <message>
        <source>A model with its projector</source>
        <translation>模型及其投影器</translation>
    </message>
    <message>
        <source>Nothing to merge</source>
        <translation>无需合并</translation>
    </message>
    <message>
        <source>These files cannot be merged</source>
        <translation>这些文件无法合并</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>分卷</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>分片</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>投影器</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>适配器</translation>
    </message>
    <message>
        <source>Not GGUF</source>
        <translation>非 GGUF</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>合并计划</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Concatenate anyway, for legacy Ollama (&lt; 0.7.1)</source>
        <translation>仍然拼接（用于旧版 Ollama &lt; 0.7.1）</translation>
    </message>
    <message>
        <source>%1: %2 files, output %3</source>
        <translation>%1：%2 个文件，输出 %3</translation>
    </message>
    <message>
        <source>Ollama %1 reads the projector as a separate file: no merge is needed. Create the model with two FROM lines instead. Concatenating is only for legacy Ollama (&lt; 0.7.1); newer Ollama drops the projector from a concatenated file.</source>
        <translation>Ollama %1 会把投影器作为单独的文件读取：无需合并。请改用两行 FROM 创建模型。拼接仅适用于旧版 Ollama（&lt; 0.7.1）；新版 Ollama 会丢弃拼接文件中的投影器。</translation>
    </message>
    <message>
        <source>0.7.1 and newer</source>
        <translation>0.7.1 及更新版本</translation>
    </message>
    <message>
        <source>The connected Ollama %1 is older than 0.7.1: it reads a model and projector concatenated in one file. Newer Ollama drops the projector from such a file.</source>
        <translation>已连接的 Ollama %1 早于 0.7.1：它会读取拼接在同一文件中的模型和投影器。新版 Ollama 会丢弃此类文件中的投影器。</translation>
    </message>
    <message>
        <source>Ollama 0.30 and newer imports llama.cpp shards directly. Merge them for LM Studio, older Ollama, or a single-file copy.</source>
        <translation>Ollama 0.30 及更新版本可以直接导入 llama.cpp 分片。若用于 LM Studio、旧版 Ollama 或需要单文件副本，再进行合并。</translation>
    </message>
    <message>
        <source>This file is already a complete model: there is nothing to merge.</source>
        <translation>此文件已是完整的模型：无需合并。</translation>
    </message>
    <message>
        <source>%1: %2 files</source>
        <translation>%1：%2 个文件</translation>
    </message>
    <message>
        <source>Left out, as checksum files: %1</source>
        <translation>已略过校验和文件：%1</translation>
    </message>
    <message>
        <source>Create model with projector…</source>
        <translation>创建带投影器的模型…</translation>
    </message>
</context>
<context>
    <name>md::ui::ModelfilePage</name>
    <message>
        <source>Modelfile</source>
        <translation>Modelfile</translation>
    </message>
    <message>
        <source>Open a Modelfile</source>
        <translation>打开 Modelfile</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The Modelfile has unsaved changes. Save them first?</source>
        <translation>Modelfile 有未保存的更改。要先保存吗？</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1 (unsaved changes)</source>
        <translation>%1（有未保存的更改）</translation>
    </message>
    <message>
        <source>“%1” is too large to be a Modelfile.</source>
        <translation>“%1”太大，不可能是 Modelfile。</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>Save Modelfile</source>
        <translation>保存 Modelfile</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>无法保存“%1”：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Template preset…</source>
        <translation>模板预设…</translation>
    </message>
    <message>
        <source>Insert a chat template with its stop parameters, replacing the current ones</source>
        <translation>插入聊天模板及其停止参数，替换当前的模板和停止参数</translation>
    </message>
    <message>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Line %1: %2: %3</source>
        <translation>第 %1 行：%2：%3</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Fill from GGUF</source>
        <translation>从 GGUF 填充</translation>
    </message>
    <message>
        <source>Fill from GGUF changed nothing: %1</source>
        <translation>从 GGUF 填充未做任何更改：%1</translation>
    </message>
    <message>
        <source>Cannot add the GGUF: %1</source>
        <translation>无法添加该 GGUF：%1</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>“%1” no longer exists; it was removed from the list.</source>
        <translation>“%1”已不存在，已从列表中移除。</translation>
    </message>
    <message>
        <source>No recent Modelfiles</source>
        <translation>没有最近的 Modelfile</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Create in Ollama…</source>
        <translation>在 Ollama 中创建…</translation>
    </message>
    <message>
        <source>Save, then upload the files and create the model in Ollama</source>
        <translation>保存，然后上传文件并在 Ollama 中创建模型</translation>
    </message>
    <message>
        <source>Problems in the Modelfile show here as you type, each with its line.</source>
        <translation>输入时，Modelfile 中的问题会连同行号显示在这里。</translation>
    </message>
    <message>
        <source>Remove the TEMPLATE?</source>
        <translation>删除 TEMPLATE？</translation>
    </message>
    <message>
        <source>Write the TEMPLATE and stop lines for the FROM file’s chat template when the planned Ollama version needs them, or remove a TEMPLATE that takes capabilities away</source>
        <translation>当所规划的 Ollama 版本需要时，按 FROM 文件的聊天模板写入 TEMPLATE 和 stop 行；或删除会让模型失去能力的 TEMPLATE</translation>
    </message>
    <message>
        <source>Fill from GGUF changed nothing: %1 needs a TEMPLATE for this model, but ModelDesk does not recognise its chat format. Write one by hand or pick a preset.</source>
        <translation>“从 GGUF 填写”没有做任何更改：%1 需要为这个模型提供 TEMPLATE，但 ModelDesk 不认识它的对话格式。请手写一个或选择预设。</translation>
    </message>
    <message>
        <source>Wrote the %1 template and its stop lines: without a TEMPLATE, %2 would send chats as the bare prompt.</source>
        <translation>已写入 %1 模板及其 stop 行：没有 TEMPLATE 时，%2 会把对话作为原始提示词发送。</translation>
    </message>
    <message>
        <source>On %1 the Modelfile’s TEMPLATE takes capabilities away: with it the model offers %2; without it, %3. Remove the TEMPLATE?</source>
        <translation>在 %1 上，Modelfile 的 TEMPLATE 会让模型失去能力：有它时模型提供 %2；没有它时提供 %3。删除 TEMPLATE？</translation>
    </message>
    <message>
        <source>Kept the TEMPLATE.</source>
        <translation>已保留 TEMPLATE。</translation>
    </message>
    <message>
        <source>Removed the TEMPLATE: %1</source>
        <translation>已删除 TEMPLATE：%1</translation>
    </message>
    <message>
        <source>No TEMPLATE needed: %1</source>
        <translation>不需要 TEMPLATE：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>New Modelfile</source>
        <translation>新建 Modelfile</translation>
    </message>
    <message>
        <source>Save the Modelfile</source>
        <translation>保存 Modelfile</translation>
    </message>
    <message>
        <source>Save the Modelfile under another name</source>
        <translation>将 Modelfile 另存为其他名称</translation>
    </message>
    <message>
        <source>Cannot insert the template: fix the Modelfile first: %1</source>
        <translation>无法插入模板：请先修正 Modelfile：%1</translation>
    </message>
    <message>
        <source>Vision projector (mmproj) for the model above: Ollama adds it as the projector layer</source>
        <translation>上面模型的视觉投影器（mmproj）：Ollama 会把它作为投影器层加入</translation>
    </message>
    <message>
        <source>LoRA adapter applied on top of the model</source>
        <translation>应用在模型之上的 LoRA 适配器</translation>
    </message>
    <message>
        <source>Type or paste a Modelfile here, or open one (%1). For example:

FROM ./model.gguf
PARAMETER temperature 0.7</source>
        <translation>在此输入或粘贴 Modelfile，或打开一个（%1）。例如：

FROM ./model.gguf
PARAMETER temperature 0.7</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>md::ui::ModelsPage</name>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Drop GGUF files here or add a folder</source>
        <translation>把 GGUF 文件拖到这里，或添加文件夹</translation>
    </message>
    <message>
        <source>ModelDesk reads only the header, so even a 100 GB model opens at once.</source>
        <translation>ModelDesk 只读取文件头，即使 100 GB 的模型也能立即打开。</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Open GGUF…</source>
        <translation>打开 GGUF…</translation>
    </message>
    <message>
        <source>Add a folder with GGUF files</source>
        <translation>添加包含 GGUF 文件的文件夹</translation>
    </message>
    <message>
        <source>Open a GGUF file</source>
        <translation>打开 GGUF 文件</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF 模型 (*.gguf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Local stores</source>
        <translation>本地模型库</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>GGUF inspector</source>
        <translation>GGUF 检查器</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>拆分…</translation>
    </message>
    <message>
        <source>Split this model into llama.cpp shards</source>
        <translation>把这个模型拆分为 llama.cpp 分片</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>Import into Ollama…</source>
        <translation>导入到 Ollama…</translation>
    </message>
    <message>
        <source>Make an Ollama model of this file without a second copy</source>
        <translation>用此文件生成 Ollama 模型，不产生第二份副本</translation>
    </message>
    <message>
        <source>Reclaim space…</source>
        <translation>回收空间…</translation>
    </message>
    <message>
        <source>Orphan blobs, partial downloads, leftovers and duplicate copies: a dry run first</source>
        <translation>孤立 blob、未完成的下载、残留文件和重复副本：先试运行</translation>
    </message>
</context>
<context>
    <name>md::ui::MoveModelsDialog</name>
    <message>
        <source>Move the models?</source>
        <translation>迁移模型？</translation>
    </message>
    <message>
        <source>%1 holds Ollama models. Move them to %2?</source>
        <translation>%1 中有 Ollama 模型。要把它们迁移到 %2 吗？</translation>
    </message>
    <message>
        <source>Every file is copied and checked against its SHA-256 before OLLAMA_MODELS changes; the old copy is deleted only if you agree afterwards.</source>
        <translation>在更改 OLLAMA_MODELS 之前，每个文件都会被复制并按 SHA-256 校验；旧副本只有在你事后同意时才会删除。</translation>
    </message>
    <message>
        <source>Move models</source>
        <translation>迁移模型</translation>
    </message>
    <message>
        <source>Only change the variable</source>
        <translation>只更改变量</translation>
    </message>
    <message>
        <source>Also change the Ollama app's “Model location” (now %1) to %2</source>
        <translation>同时把 Ollama 应用的“模型位置（Model location）”（当前为 %1）改为 %2</translation>
    </message>
    <message>
        <source>The Ollama app starts the server with its own model location, not OLLAMA_MODELS. It is changed only while the app is not running, after a backup of its settings database.</source>
        <translation>Ollama 应用启动服务器时使用它自己的模型位置，而不是 OLLAMA_MODELS。只有在应用未运行时才会更改，并且会先备份它的设置数据库。</translation>
    </message>
</context>
<context>
    <name>md::ui::OllamaCompareDialog</name>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>%1 (the same blob in both models)</source>
        <translation>%1（两个模型共用同一数据块）</translation>
    </message>
    <message>
        <source>Compare models</source>
        <translation>比较模型</translation>
    </message>
    <message>
        <source>Compare “%1” with:</source>
        <translation>将“%1”与以下模型比较：</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Layers are listed for the local server only; the findings come from /api/show.</source>
        <translation>层信息只对本机服务器列出；差异结论来自 /api/show。</translation>
    </message>
    <message>
        <source>“%1” has no projector, so it cannot see images.</source>
        <translation>“%1”没有投影器，因此无法识别图片。</translation>
    </message>
    <message>
        <source>“%1” has no template: it gets the bare prompt and may answer nonsense.</source>
        <translation>“%1”没有模板：它只收到原始提示词，可能会胡言乱语。</translation>
    </message>
    <message>
        <source>“%1” has no stop parameters: its answers may not end where they should.</source>
        <translation>“%1”没有 stop 参数：它的回答可能不会在该结束的地方停下。</translation>
    </message>
    <message>
        <source>“%1” has no system prompt.</source>
        <translation>“%1”没有系统提示。</translation>
    </message>
    <message>
        <source>The model families differ: %1.</source>
        <translation>模型系列不同：%1。</translation>
    </message>
    <message>
        <source>The quantizations differ: %1.</source>
        <translation>量化方式不同：%1。</translation>
    </message>
    <message>
        <source>The context lengths differ: %1.</source>
        <translation>上下文长度不同：%1。</translation>
    </message>
    <message>
        <source>Both use the same model weights.</source>
        <translation>两者使用相同的模型权重。</translation>
    </message>
    <message>
        <source>No differences that change how the models behave.</source>
        <translation>没有会影响模型行为的差异。</translation>
    </message>
</context>
<context>
    <name>md::ui::OllamaCopyHostDialog</name>
    <message>
        <source>Copy to another Ollama server</source>
        <translation>复制到另一台 Ollama 服务器</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>e.g. http://192.168.1.20:11434</source>
        <translation>例如 http://192.168.1.20:11434</translation>
    </message>
    <message>
        <source>To server:</source>
        <translation>目标服务器：</translation>
    </message>
    <message>
        <source>As:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Hashing</source>
        <translation>计算哈希</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>上传中</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copying reads the model's files from the store folder, so it works from the local server only.</source>
        <translation>复制需要从模型存储文件夹读取文件，因此只能从本机服务器复制。</translation>
    </message>
    <message>
        <source>This is the server the model is on: pick another server or another name.</source>
        <translation>模型就在这台服务器上：请选择另一台服务器或另一个名称。</translation>
    </message>
    <message>
        <source>Copying “%1” to %2</source>
        <translation>正在将“%1”复制到 %2</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was created on %1.</source>
        <translation>已取消。%1 上没有创建任何内容。</translation>
    </message>
    <message>
        <source>Copied to %1 as “%2”: %3 file(s) uploaded (%4), %5 already there.</source>
        <translation>已复制到 %1，名称为“%2”：上传了 %3 个文件（%4），%5 个已存在。</translation>
    </message>
    <message>
        <source>Stop copying</source>
        <translation>停止复制</translation>
    </message>
    <message>
        <source>Stop copying “%1” to %2? The model will not be created there.</source>
        <translation>停止将“%1”复制到 %2？该模型将不会在那里创建。</translation>
    </message>
    <message>
        <source>Store folder…</source>
        <translation>模型库文件夹…</translation>
    </message>
    <message>
        <source>The folder the source server keeps its models in (its OLLAMA_MODELS), when it is not one of the usual places</source>
        <translation>源服务器存放模型的文件夹（其 OLLAMA_MODELS），用于不在常见位置的情况</translation>
    </message>
    <message>
        <source>Read from:</source>
        <translation>读取自：</translation>
    </message>
    <message>
        <source>The source server's store folder</source>
        <translation>源服务器的模型库文件夹</translation>
    </message>
    <message>
        <source>the first of: %1</source>
        <translation>以下第一个包含该模型的文件夹：%1</translation>
    </message>
    <message>
        <source>Replace model</source>
        <translation>替换模型</translation>
    </message>
    <message>
        <source>“%1” already exists on %2. Replace it?</source>
        <translation>“%1”已存在于 %2。要替换它吗？</translation>
    </message>
    <message>
        <source>“%1” was left as it is on %2: nothing was copied.</source>
        <translation>%2 上的“%1”保持不变：未复制任何内容。</translation>
    </message>
    <message>
        <source>If the server keeps its models elsewhere, pick that folder with “Store folder…”.</source>
        <translation>如果该服务器把模型放在别处，请用“模型库文件夹…”选择那个文件夹。</translation>
    </message>
</context>
<context>
    <name>md::ui::OllamaDetails</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Model info</source>
        <translation>模型信息</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统提示</translation>
    </message>
    <message>
        <source>License</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Select a model to see its details.</source>
        <translation>选择一个模型以查看详情。</translation>
    </message>
    <message>
        <source>yes (%1, %2 keys)</source>
        <translation>有（%1，%2 个键）</translation>
    </message>
    <message>
        <source>yes (%1 keys)</source>
        <translation>有（%1 个键）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>量化</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>投影器</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示</translation>
    </message>
    <message>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Layers are read from the store folder, so they are listed for the local server only.</source>
        <translation>层信息读取自模型存储文件夹，因此只对本机服务器列出。</translation>
    </message>
    <message>
        <source>The manifest could not be read: %1</source>
        <translation>无法读取清单：%1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>This blob is missing from the store.</source>
        <translation>存储中缺少此数据块。</translation>
    </message>
    <message>
        <source>Parameters</source>
        <comment>the PARAMETER lines of a Modelfile</comment>
        <translation>参数</translation>
    </message>
    <message>
        <source>model</source>
        <comment>a layer of an Ollama model</comment>
        <translation>模型</translation>
    </message>
    <message>
        <source>projector</source>
        <comment>a layer of an Ollama model</comment>
        <translation>投影器</translation>
    </message>
    <message>
        <source>adapter</source>
        <comment>a layer of an Ollama model</comment>
        <translation>适配器</translation>
    </message>
    <message>
        <source>draft model</source>
        <comment>a layer of an Ollama model</comment>
        <translation>草稿模型</translation>
    </message>
    <message>
        <source>template</source>
        <comment>a layer of an Ollama model</comment>
        <translation>模板</translation>
    </message>
    <message>
        <source>system prompt</source>
        <comment>a layer of an Ollama model</comment>
        <translation>系统提示</translation>
    </message>
    <message>
        <source>parameters</source>
        <comment>a layer of an Ollama model</comment>
        <translation>参数</translation>
    </message>
    <message>
        <source>messages</source>
        <comment>a layer of an Ollama model</comment>
        <translation>消息</translation>
    </message>
    <message>
        <source>license</source>
        <comment>a layer of an Ollama model</comment>
        <translation>许可证</translation>
    </message>
    <message>
        <source>config</source>
        <comment>a layer of an Ollama model</comment>
        <translation>配置</translation>
    </message>
</context>
<context>
    <name>md::ui::OllamaHostBar</name>
    <message>
        <source>Ollama server:</source>
        <translation>Ollama 服务器：</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add another Ollama server by its URL</source>
        <translation>按 URL 添加另一台 Ollama 服务器</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove this server from the list</source>
        <translation>从列表中移除此服务器</translation>
    </message>
    <message>
        <source>%1 (local)</source>
        <translation>%1（本机）</translation>
    </message>
    <message>
        <source>Add an Ollama server</source>
        <translation>添加 Ollama 服务器</translation>
    </message>
    <message>
        <source>URL of the server (e.g. http://192.168.1.20:11434):</source>
        <translation>服务器 URL（例如 http://192.168.1.20:11434）：</translation>
    </message>
</context>
<context>
    <name>md::ui::OllamaHosts</name>
    <message>
        <source>Enter the address of an Ollama server, e.g. http://192.168.1.20:11434.</source>
        <translation>请输入 Ollama 服务器地址，例如 http://192.168.1.20:11434。</translation>
    </message>
    <message>
        <source>An address cannot contain spaces.</source>
        <translation>地址中不能包含空格。</translation>
    </message>
    <message>
        <source>Use http:// or https://.</source>
        <translation>请使用 http:// 或 https://。</translation>
    </message>
    <message>
        <source>“%1” is not a valid address: %2</source>
        <translation>“%1”不是有效的地址：%2</translation>
    </message>
    <message>
        <source>“%1” has no host name.</source>
        <translation>“%1”缺少主机名。</translation>
    </message>
</context>
<context>
    <name>md::ui::OllamaModelActions</name>
    <message>
        <source>Test prompt…</source>
        <translation>测试提示词…</translation>
    </message>
    <message>
        <source>Edit Modelfile</source>
        <translation>编辑 Modelfile</translation>
    </message>
    <message>
        <source>Copy…</source>
        <translation>复制…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比较…</translation>
    </message>
    <message>
        <source>Compare this model with another one: layers, template, projector, stop parameters</source>
        <translation>将此模型与另一个模型比较：层、模板、投影器、stop 参数</translation>
    </message>
    <message>
        <source>Copy to host…</source>
        <translation>复制到服务器…</translation>
    </message>
    <message>
        <source>Copy this model to another Ollama server without a registry</source>
        <translation>不经过仓库，把此模型复制到另一台 Ollama 服务器</translation>
    </message>
    <message>
        <source>Copying reads the model's files from the store folder, so it works from the local server only.</source>
        <translation>复制需要从模型存储文件夹读取文件，因此只能从本机服务器复制。</translation>
    </message>
    <message>
        <source>Delete “%1” from %2? Its files are removed unless another model uses them.</source>
        <translation>要从 %2 删除“%1”吗？除非其他模型还在使用，它的文件会被删除。</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>正在删除“%1”…</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Renaming “%1” to “%2”…</source>
        <translation>正在将“%1”重命名为“%2”…</translation>
    </message>
    <message>
        <source>Copying “%1” to “%2”…</source>
        <translation>正在将“%1”复制为“%2”…</translation>
    </message>
    <message>
        <source>Copied to “%1”, but could not delete “%2”: %3</source>
        <translation>已复制为“%1”，但无法删除“%2”：%3</translation>
    </message>
    <message>
        <source>Reading the Modelfile of “%1”…</source>
        <translation>正在读取“%1”的 Modelfile…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Write this model's GGUF files, a Modelfile and a README to a folder, or into LM Studio's models folder</source>
        <translation>将此模型的 GGUF 文件、Modelfile 和 README 写入文件夹，或写入 LM Studio 的模型文件夹</translation>
    </message>
    <message>
        <source>Exporting reads the model's files from the store folder, so it works from the local server only.</source>
        <translation>导出需要从存储文件夹读取模型文件，因此只能用于本机服务器。</translation>
    </message>
</context>
<context>
    <name>md::ui::OllamaModelTable</name>
    <message>
        <source>vision</source>
        <translation>视觉</translation>
    </message>
    <message>
        <source>tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>embedding</source>
        <translation>嵌入</translation>
    </message>
    <message>
        <source>loaded · %1 VRAM</source>
        <translation>已加载 · 显存 %1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>量化</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Number of parameters</source>
        <translation>参数数量</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Quant</source>
        <translation>量化</translation>
    </message>
</context>
<context>
    <name>md::ui::OllamaNameDialog</name>
    <message>
        <source>Copy model</source>
        <translation>复制模型</translation>
    </message>
    <message>
        <source>Rename model</source>
        <translation>重命名模型</translation>
    </message>
    <message>
        <source>Copy “%1” as:</source>
        <translation>将“%1”复制为：</translation>
    </message>
    <message>
        <source>Rename “%1” to:</source>
        <translation>将“%1”重命名为：</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>A model named “%1” already exists.</source>
        <translation>名为“%1”的模型已存在。</translation>
    </message>
    <message>
        <source>Enter a new name.</source>
        <translation>请输入一个新名称。</translation>
    </message>
</context>
<context>
    <name>md::ui::OllamaPromptDialog</name>
    <message>
        <source>Test prompt: %1</source>
        <translation>测试提示词：%1</translation>
    </message>
    <message>
        <source>Ask the model something…</source>
        <translation>向模型提个问题…</translation>
    </message>
    <message>
        <source>Say hello in one sentence.</source>
        <translation>用一句话打个招呼。</translation>
    </message>
    <message>
        <source>Attach image…</source>
        <translation>附加图片…</translation>
    </message>
    <message>
        <source>Send an image with the prompt</source>
        <translation>随提示词发送一张图片</translation>
    </message>
    <message>
        <source>This model has no vision capability</source>
        <translation>此模型没有视觉能力</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Attach an image</source>
        <translation>附加图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif);;All files (*)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp *.gif);;所有文件 (*)</translation>
    </message>
    <message>
        <source>“%1” is not an image file ModelDesk can send (at most 32 MB).</source>
        <translation>“%1”不是 ModelDesk 可以发送的图片文件（最大 32 MB）。</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>已附加：%1</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>%1 tokens in %2 s · %3 tokens/s</source>
        <translation>%1 个 token，用时 %2 秒 · %3 token/秒</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>it is larger than 32 MB</source>
        <translation>文件大于 32 MB</translation>
    </message>
    <message>
        <source>Waiting for the model (it may be loading)</source>
        <translation>正在等待模型（可能正在加载）</translation>
    </message>
    <message>
        <source>Answering (tokens)</source>
        <translation>正在回答（词元）</translation>
    </message>
</context>
<context>
    <name>md::ui::OllamaPullDialog</name>
    <message>
        <source>Pull a model</source>
        <translation>拉取模型</translation>
    </message>
    <message>
        <source>e.g. qwen2.5:7b or hf.co/user/repo:Q4_K_M</source>
        <translation>例如 qwen2.5:7b 或 hf.co/user/repo:Q4_K_M</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>拉取到：</translation>
    </message>
    <message>
        <source>Pulling</source>
        <translation>正在拉取</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>拉取</translation>
    </message>
    <message>
        <source>Pulled “%1”.</source>
        <translation>已拉取“%1”。</translation>
    </message>
    <message>
        <source>Cancelled. The pull can be resumed later.</source>
        <translation>已取消。之后可以继续拉取。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>md::ui::OllamaStatus</name>
    <message>
        <source>Looking for Ollama at %1…</source>
        <translation>正在查找 %1 上的 Ollama…</translation>
    </message>
    <message>
        <source>Ollama %1 at %2</source>
        <translation>Ollama %1 运行于 %2</translation>
    </message>
    <message>
        <source>Ollama is not running at %1</source>
        <translation>Ollama 未在 %1 运行</translation>
    </message>
</context>
<context>
    <name>md::ui::OllamaTab</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Pull…</source>
        <translation>拉取…</translation>
    </message>
    <message>
        <source>Download a model from the Ollama registry</source>
        <translation>从 Ollama 仓库下载模型</translation>
    </message>
    <message>
        <source>Asking Ollama for its models…</source>
        <translation>正在向 Ollama 获取模型列表…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>No models yet</source>
        <translation>还没有模型</translation>
    </message>
    <message>
        <source>Pull a model from the registry, or create one from a Modelfile.</source>
        <translation>从仓库拉取一个模型，或用 Modelfile 创建一个。</translation>
    </message>
    <message>
        <source>Ollama is not running at %1</source>
        <translation>Ollama 未在 %1 运行</translation>
    </message>
    <message>
        <source>Ollama at %1 answered with an error</source>
        <translation>%1 上的 Ollama 返回了错误</translation>
    </message>
    <message>
        <source>Start Ollama, or pick another server above.</source>
        <translation>请启动 Ollama，或在上方选择另一台服务器。</translation>
    </message>
</context>
<context>
    <name>md::ui::ProgressPanel</name>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>md::ui::QuantizeChoice</name>
    <message>
        <source>Quantize to:</source>
        <translation>量化为：</translation>
    </message>
    <message>
        <source>Keep as is</source>
        <translation>保持原样</translation>
    </message>
    <message>
        <source>Ollama did not answer, so whether it can quantize is not known.</source>
        <translation>Ollama 没有响应，无法确定它能否量化。</translation>
    </message>
    <message>
        <source>Ollama %1 cannot quantize while creating a model (%2 can).</source>
        <translation>Ollama %1 不能在创建模型时量化（%2 可以）。</translation>
    </message>
    <message>
        <source>The model file could not be read, so it cannot be quantized here.</source>
        <translation>无法读取模型文件，因此不能在此量化。</translation>
    </message>
    <message>
        <source>The model is BF16: Ollama %1 quantizes only F16 and F32 models (%2 also BF16).</source>
        <translation>模型是 BF16：Ollama %1 只量化 F16 和 F32 模型（%2 起也支持 BF16）。</translation>
    </message>
    <message>
        <source>of no stated type</source>
        <translation>未标明类型</translation>
    </message>
    <message>
        <source>The model is %1: Ollama quantizes only F16, BF16 and F32 models.</source>
        <translation>模型是 %1：Ollama 只量化 F16、BF16 和 F32 模型。</translation>
    </message>
    <message>
        <source>The result: about %1 as %2 (now %3).</source>
        <translation>结果：量化为 %2 后约 %1（现在 %3）。</translation>
    </message>
    <message>
        <source>Memory: about %1 for the weights.</source>
        <translation>内存：权重约 %1。</translation>
    </message>
    <message>
        <source>Memory: about %1 at %2 tokens (%3 weights + %4 KV cache).</source>
        <translation>内存：%2 个 token 时约 %1（权重 %3 + KV 缓存 %4）。</translation>
    </message>
    <message>
        <source>Ollama quantizes the model while it creates it (its quantize field).</source>
        <translation>Ollama 在创建模型时对其量化（quantize 字段）。</translation>
    </message>
</context>
<context>
    <name>md::ui::ReclaimBars</name>
    <message>
        <source>%1 of %2 can be freed</source>
        <translation>%2 中可释放 %1</translation>
    </message>
</context>
<context>
    <name>md::ui::ReclaimDialog</name>
    <message>
        <source>Reclaim space</source>
        <translation>回收空间</translation>
    </message>
    <message>
        <source>A dry run first: nothing is changed until you press Reclaim. Orphan blobs, partial downloads and leftovers of interrupted runs are deleted; a duplicate copy is replaced by a link to the copy kept, so both stores keep working. Each item is checked again right before it is touched.</source>
        <translation>先试运行：在您按下“回收”之前不会更改任何内容。孤立 blob、未完成的下载和中断运行留下的残留文件会被删除；重复副本会被替换为指向保留副本的链接，因此两个存储都能继续正常使用。每一项在处理前都会再次检查。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>重新扫描</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Looking for models</source>
        <translation>正在查找模型</translation>
    </message>
    <message>
        <source>Reading headers</source>
        <translation>正在读取文件头</translation>
    </message>
    <message>
        <source>Hashing possible duplicates</source>
        <translation>正在计算可能重复文件的哈希</translation>
    </message>
    <message>
        <source>Reclaiming</source>
        <translation>正在回收</translation>
    </message>
    <message>
        <source>Orphan blobs (no manifest uses them)</source>
        <translation>孤立 blob（没有清单使用）</translation>
    </message>
    <message>
        <source>Partial downloads</source>
        <translation>未完成的下载</translation>
    </message>
    <message>
        <source>Left by interrupted runs</source>
        <translation>中断运行留下的文件</translation>
    </message>
    <message>
        <source>Duplicate copies (replaced by a link)</source>
        <translation>重复副本（替换为链接）</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>链接到 %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Not offered now</source>
        <translation>暂不提供</translation>
    </message>
    <message>
        <source>Reclaim %1</source>
        <translation>回收 %1</translation>
    </message>
    <message>
        <source>Dry run: nothing to reclaim in these stores.</source>
        <translation>试运行：这些存储中没有可回收的内容。</translation>
    </message>
    <message>
        <source>Dry run: %1 can be freed in %2 items; %3 checked. Nothing has been changed yet.</source>
        <translation>试运行：%2 项中可释放 %1；已勾选 %3。尚未更改任何内容。</translation>
    </message>
    <message>
        <source>Files to delete: %1. Duplicates to replace by a link: %2. Space to free: %3. Go ahead?</source>
        <translation>要删除的文件：%1。要替换为链接的重复副本：%2。将释放的空间：%3。继续吗？</translation>
    </message>
    <message>
        <source>Done: replaced by a clone</source>
        <translation>完成：已替换为克隆</translation>
    </message>
    <message>
        <source>Done: replaced by a hard link</source>
        <translation>完成：已替换为硬链接</translation>
    </message>
    <message>
        <source>Done: deleted</source>
        <translation>完成：已删除</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>已保留：%1</translation>
    </message>
    <message>
        <source>Freed %1: %2 done, %3 kept.</source>
        <translation>已释放 %1：完成 %2 项，保留 %3 项。</translation>
    </message>
    <message>
        <source>Cancelled: the rest was not touched.</source>
        <translation>已取消：其余项目未被处理。</translation>
    </message>
</context>
<context>
    <name>md::ui::SplitDialog</name>
    <message>
        <source>Replace shards</source>
        <translation>替换分片</translation>
    </message>
    <message>
        <source>Split into shards</source>
        <translation>拆分为分片</translation>
    </message>
    <message>
        <source>Splits “%1” into llama.cpp shards (name-00001-of-0000N.gguf). llama.cpp, LM Studio and Ollama 0.30 or newer load them directly; ModelDesk merges them back into one file.</source>
        <translation>把“%1”拆分为 llama.cpp 分片（名称-00001-of-0000N.gguf）。llama.cpp、LM Studio 和 Ollama 0.30 及更新版本可直接加载；ModelDesk 也能把它们合并回一个文件。</translation>
    </message>
    <message>
        <source>At most this size per shard:</source>
        <translation>每个分片最大：</translation>
    </message>
    <message>
        <source>At most this many tensors:</source>
        <translation>每个分片最多张量数：</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>输出文件夹：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Open first shard in inspector</source>
        <translation>在检查器中打开第一个分片</translation>
    </message>
    <message>
        <source>Check with the Merge wizard</source>
        <translation>用合并向导检查</translation>
    </message>
    <message>
        <source>Writing shards</source>
        <translation>正在写入分片</translation>
    </message>
    <message>
        <source>Verifying the shards</source>
        <translation>正在校验分片</translation>
    </message>
    <message>
        <source>“%1” is not a size.</source>
        <translation>“%1”不是有效的大小。</translation>
    </message>
    <message>
        <source>The output folder does not exist.</source>
        <translation>输出文件夹不存在。</translation>
    </message>
    <message>
        <source>Enter a name without slashes.</source>
        <translation>请输入不含斜杠的名称。</translation>
    </message>
    <message>
        <source>Files: %1-00001-of-0000N.gguf, …</source>
        <translation>文件：%1-00001-of-0000N.gguf，…</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>%1 already exists. Replace the shards with new ones?</source>
        <translation>%1 已存在。要用新的分片替换吗？</translation>
    </message>
    <message>
        <source>Split finished. The original file was not changed.</source>
        <translation>拆分完成。原文件未被改动。</translation>
    </message>
    <message>
        <source>Cancelled. No shard was written.</source>
        <translation>已取消，未写入任何分片。</translation>
    </message>
    <message>
        <source>Sizes like 2G, 1500M or 2000000000 (bytes). FAT32 drives hold files under 4 GiB: use 4000M or less.</source>
        <translation>大小可写作 2G、1500M 或 2000000000（字节）。FAT32 磁盘只能存放小于 4 GiB 的文件：请用 4000M 或更小。</translation>
    </message>
    <message>
        <source>Wrote 1 shard (%1) in %2: %3</source>
        <translation>已在 %2 写入 1 个分片（%1）：%3</translation>
    </message>
    <message>
        <source>Wrote %1 shards (%2) in %3: %4 … %5</source>
        <translation>已在 %3 写入 %1 个分片（%2）：%4 … %5</translation>
    </message>
</context>
<context>
    <name>md::ui::StoreBrowser</name>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
    <message>
        <source>Delete files</source>
        <translation>删除文件</translation>
    </message>
    <message>
        <source>Search name, architecture, quantization or path</source>
        <translation>搜索名称、架构、量化类型或路径</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>Model files only</source>
        <translation>仅显示模型文件</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>重新扫描</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Send to Merge</source>
        <translation>发送到合并</translation>
    </message>
    <message>
        <source>New Modelfile</source>
        <translation>新建 Modelfile</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Looking for models</source>
        <translation>正在查找模型</translation>
    </message>
    <message>
        <source>Reading headers</source>
        <translation>正在读取文件头</translation>
    </message>
    <message>
        <source>Files found: %1</source>
        <translation>找到的文件：%1</translation>
    </message>
    <message>
        <source>Skipped files or folders: %1. First: %2: %3</source>
        <translation>已跳过的文件或文件夹：%1。第一个：%2：%3</translation>
    </message>
    <message>
        <source>Delete from the disk: %1 selected, %2 in all? This cannot be undone.</source>
        <translation>要从磁盘删除选中的 %1 个文件，共 %2 吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>No model files found yet</source>
        <translation>尚未找到模型文件</translation>
    </message>
    <message>
        <source>ModelDesk looked in the Ollama store, the Hugging Face and ModelScope caches and your folders. Drop a folder of GGUF files here, or add one.</source>
        <translation>ModelDesk 已查找 Ollama 模型库、Hugging Face 和 ModelScope 缓存以及你的文件夹。把装有 GGUF 文件的文件夹拖到这里，或添加一个文件夹。</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Removed through Ollama: %1.</source>
        <translation>已通过 Ollama 删除：%1。</translation>
    </message>
    <message>
        <source>Ollama is not running, so %1 was removed from the store on disk (%2 freed).</source>
        <translation>Ollama 未运行，因此已直接从磁盘上的模型库删除 %1（释放 %2）。</translation>
    </message>
    <message>
        <source>Delete Ollama models and other files separately.</source>
        <translation>请分开删除 Ollama 模型和其他文件。</translation>
    </message>
    <message>
        <source>Remove the Ollama model %1? Its files that no other model uses are deleted. This cannot be undone.</source>
        <translation>删除 Ollama 模型 %1？其他模型未使用的文件将被删除。此操作无法撤销。</translation>
    </message>
    <message numerus="yes">
        <source>Ollama is not running, so %1 was removed from the store on disk (%2 freed), but %n file(s) could not be deleted: %3</source>
        <translation>
            <numerusform>Ollama 未运行，因此已从磁盘上的模型库中删除 %1（释放 %2），但有 %n 个文件无法删除：%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import into Ollama…</source>
        <translation>导入到 Ollama…</translation>
    </message>
    <message>
        <source>Remove leftovers of interrupted runs (%1)</source>
        <translation>删除中断运行的遗留文件（%1）</translation>
    </message>
    <message>
        <source>Temp files that killed merges and imports left behind; their processes are gone.</source>
        <translation>被强行终止的合并和导入留下的临时文件；它们的进程已不存在。</translation>
    </message>
    <message>
        <source>Delete the temp files that interrupted merges and imports left behind: %1, %2 in all? Their processes are gone.</source>
        <translation>删除中断的合并和导入留下的临时文件：%1 个，共 %2？它们的进程已不存在。</translation>
    </message>
    <message>
        <source>Removed the leftovers of interrupted runs: %1 files, %2 freed.</source>
        <translation>已删除中断运行的遗留文件：%1 个文件，释放 %2。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Write this Ollama model's GGUF files, a Modelfile and a README to a folder, or into LM Studio's models folder</source>
        <translation>将此 Ollama 模型的 GGUF 文件、Modelfile 和 README 写入文件夹，或写入 LM Studio 的模型文件夹</translation>
    </message>
</context>
<context>
    <name>md::ui::StoreScanScope</name>
    <message>
        <source>the Ollama store (%1)</source>
        <translation>Ollama 存储（%1）</translation>
    </message>
    <message>
        <source>the Hugging Face cache (%1)</source>
        <translation>Hugging Face 缓存（%1）</translation>
    </message>
    <message>
        <source>the ModelScope cache (%1)</source>
        <translation>ModelScope 缓存（%1）</translation>
    </message>
    <message>
        <source>Downloads (%1)</source>
        <translation>下载文件夹（%1）</translation>
    </message>
    <message>
        <source>Scanned: nothing yet. Add a folder.</source>
        <translation>扫描范围：还没有。请添加文件夹。</translation>
    </message>
    <message>
        <source>Scanned: %1</source>
        <translation>扫描范围：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>md::ui::StoreTableModel</name>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>Hugging Face</source>
        <translation>Hugging Face</translation>
    </message>
    <message>
        <source>ModelScope</source>
        <translation>魔搭 ModelScope</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>projector</source>
        <translation>投影器</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>适配器</translation>
    </message>
    <message>
        <source>shard %1/%2</source>
        <translation>分片 %1/%2</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>partial download</source>
        <translation>未完成的下载</translation>
    </message>
    <message>
        <source>orphan</source>
        <translation>孤立</translation>
    </message>
    <message>
        <source>legacy name</source>
        <translation>旧式名称</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>量化</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>part %1 of %2: merge to use</source>
        <translation>第 %1/%2 分卷：合并后使用</translation>
    </message>
    <message>
        <source>part %1: merge to use</source>
        <translation>第 %1 分卷：合并后使用</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>left by an interrupted run</source>
        <translation>中断的运行遗留</translation>
    </message>
    <message>
        <source>template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>system prompt</source>
        <translation>系统提示</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>license</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>The GGUF header cannot be read (%1)</source>
        <translation>无法读取 GGUF 头部（%1）</translation>
    </message>
</context>
<context>
    <name>md::ui::StoreUsageChart</name>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>按来源</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>按模型</translation>
    </message>
    <message>
        <source>%1 on disk · %2 reclaimable: orphans %3, partial downloads %4, duplicate copies %5 (groups: %6)</source>
        <translation>磁盘占用 %1 · 可回收 %2：孤立文件 %3，未完成的下载 %4，重复副本 %5（%6 组）</translation>
    </message>
    <message>
        <source>%1; left by interrupted runs %2</source>
        <translation>%1；中断运行遗留 %2</translation>
    </message>
</context>
<context>
    <name>md::ui::TemplatePlanPane</name>
    <message>
        <source>Asking Ollama at %1 for its version…</source>
        <translation>正在向 %1 上的 Ollama 询问版本…</translation>
    </message>
    <message>
        <source>Ollama %1 is running at %2.</source>
        <translation>Ollama %1 正在 %2 运行。</translation>
    </message>
    <message>
        <source>Ollama is not running at %1: planning for %2. Pick the version you will create on.</source>
        <translation>Ollama 未在 %1 运行：按 %2 规划。请选择你将要在其上创建模型的版本。</translation>
    </message>
    <message>
        <source>Ollama is not running at %1.</source>
        <translation>Ollama 未在 %1 运行。</translation>
    </message>
    <message>
        <source>Plan for:</source>
        <translation>规划版本：</translation>
    </message>
    <message>
        <source>The server’s version</source>
        <translation>服务器的版本</translation>
    </message>
    <message>
        <source>Ollama 0.33</source>
        <translation>Ollama 0.33</translation>
    </message>
    <message>
        <source>Ollama 0.29 (before 0.30)</source>
        <translation>Ollama 0.29（0.30 之前）</translation>
    </message>
    <message>
        <source>Ollama 0.30 and newer render chats with the GGUF’s own chat template when the Modelfile has no better TEMPLATE; older versions need a Go template.</source>
        <translation>当 Modelfile 没有更好的 TEMPLATE 时，Ollama 0.30 及更新版本用 GGUF 自带的聊天模板渲染对话；更早的版本需要 Go 模板。</translation>
    </message>
</context>
<context>
    <name>md::ui::TemplatePlanView</name>
    <message>
        <source>The Modelfile does not parse yet (see the problems below); the plan shows once it does.</source>
        <translation>Modelfile 尚无法解析（见下方问题）；解析通过后会显示规划。</translation>
    </message>
    <message>
        <source>FROM names the Ollama model “%1”: its template is the server’s, so there is no GGUF to plan for.</source>
        <translation>FROM 指向 Ollama 模型“%1”：其模板由服务器决定，没有可规划的 GGUF。</translation>
    </message>
    <message>
        <source>Save the Modelfile first: its FROM paths are relative to its folder.</source>
        <translation>请先保存 Modelfile：其中的 FROM 路径相对于它所在的文件夹。</translation>
    </message>
    <message>
        <source>Add a FROM line that names a GGUF model file to see what Ollama will do.</source>
        <translation>添加一行指向 GGUF 模型文件的 FROM，即可看到 Ollama 将会怎么做。</translation>
    </message>
    <message>
        <source>Cannot read the FROM file: %1</source>
        <translation>无法读取 FROM 文件：%1</translation>
    </message>
    <message>
        <source>What %1 will do</source>
        <translation>%1 将会怎么做</translation>
    </message>
    <message>
        <source>What Ollama will do</source>
        <translation>Ollama 将会怎么做</translation>
    </message>
    <message>
        <source>Ollama detects no template of its own in the GGUF.</source>
        <translation>Ollama 未在 GGUF 中检测到它自己的模板。</translation>
    </message>
    <message>
        <source>Capabilities:</source>
        <translation>能力：</translation>
    </message>
    <message>
        <source>Stops: %1</source>
        <translation>停止词：%1</translation>
    </message>
</context>
</TS>