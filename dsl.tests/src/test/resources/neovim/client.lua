-- Drives Berth's language server from a headless Neovim through its built-in LSP client and
-- writes what it saw, one JSON object per line, to the file named by BERTH_NVIM_RESULTS.
local results = assert(os.getenv('BERTH_NVIM_RESULTS'))
local server = { os.getenv('BERTH_JAVA'), '-jar', os.getenv('BERTH_SERVER_JAR') }
local folder = assert(os.getenv('BERTH_NVIM_FOLDER'))
local timeout = 60000

local function report(step, value)
  local file = assert(io.open(results, 'a'))
  file:write(vim.fn.json_encode({ step = step, value = value }) .. '\n')
  file:close()
end

local function finish(status)
  vim.cmd('qall!')
  os.exit(status)
end

local ok, failure = pcall(function()
  local client_id = vim.lsp.start_client({ name = 'berth', cmd = server, root_dir = folder })
  assert(client_id, 'the server did not start')
  vim.cmd('edit ' .. folder .. '/app.berth')
  local app = vim.api.nvim_get_current_buf()
  vim.bo[app].filetype = 'berth'
  vim.lsp.buf_attach_client(app, client_id)
  local client = vim.lsp.get_client_by_id(client_id)
  assert(vim.wait(timeout, function() return #vim.diagnostic.get(app) > 0 end, 100), 'no diagnostics')
  local codes = {}
  for _, d in ipairs(vim.diagnostic.get(app)) do
    table.insert(codes, d.code or '')
  end
  table.sort(codes)
  report('diagnostics', codes)

  local line = vim.api.nvim_buf_get_lines(app, 0, -1, false)
  local row, col
  for i, text in ipairs(line) do
    local found = text:find('node1')
    if found then row, col = i - 1, found - 1 break end
  end
  local position = { textDocument = { uri = vim.uri_from_bufnr(app) }, position = { line = row, character = col } }
  local definition = client.request_sync('textDocument/definition', position, timeout, app)
  local target = definition.result[1] or definition.result
  report('definition', target.uri or target.targetUri)

  local renamed = client.request_sync('textDocument/rename',
    vim.tbl_extend('force', position, { newName = 'server1' }), timeout, app)
  vim.lsp.util.apply_workspace_edit(renamed.result, client.offset_encoding)
  vim.cmd('wall')
  report('renamed', true)

  local secret
  vim.wait(timeout, function()
    for _, d in ipairs(vim.diagnostic.get(app)) do
      if d.code == 'security.plaintext-secret' and d.lnum == 6 then secret = d end
    end
    return secret ~= nil
  end, 100)
  assert(secret, 'no plaintext-secret diagnostic after the rename')
  local range = { start = { line = secret.lnum, character = secret.col },
    ['end'] = { line = secret.end_lnum, character = secret.end_col } }
  local actions = client.request_sync('textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(app) },
    range = range,
    -- as Neovim's own code_action() sends it: the stored LSP fields (code, data) with range and message
    context = { diagnostics = { vim.tbl_extend('force', (secret.user_data or {}).lsp or {},
      { range = range, message = secret.message, severity = secret.severity }) } },
  }, timeout, app)
  local applied
  for _, action in ipairs(actions.result or {}) do
    if action.edit and not applied then
      vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
      applied = action.title
    end
  end
  assert(applied, 'no quick fix offered: ' .. vim.fn.json_encode(actions))
  vim.cmd('wall')
  report('quickfix', applied)

  vim.cmd('edit ' .. folder .. '/messy.berth')
  local messy = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(messy, client_id)
  local formatted = client.request_sync('textDocument/formatting', {
    textDocument = { uri = vim.uri_from_bufnr(messy) },
    options = { tabSize = 4, insertSpaces = true },
  }, timeout, messy)
  vim.lsp.util.apply_text_edits(formatted.result or {}, messy, client.offset_encoding)
  vim.cmd('write')
  report('formatted', #(formatted.result or {}))
end)

if not ok then
  report('error', tostring(failure))
  finish(1)
end
finish(0)
