package dev.berth.ide.server;

import com.google.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Xtext's language server made tolerant of real clients: no root folder, client versions, positions that race an edit,
 * documents without a model or without a file, unknown methods.
 */
public class BerthLanguageServer extends LanguageServerImpl {

	@Inject
	private UriExtensions uriExtensions;

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		if (params.getWorkspaceFolders() == null || params.getWorkspaceFolders().isEmpty()) {
			params.setWorkspaceFolders(rootFolder(params));
		}
		return super.initialize(params);
	}

	private static List<WorkspaceFolder> rootFolder(InitializeParams params) {
		if (params.getRootUri() != null) {
			return List.of(new WorkspaceFolder(params.getRootUri(), params.getRootUri()));
		}
		if (params.getRootPath() != null) {
			String uri = URI.createFileURI(params.getRootPath()).toString();
			return List.of(new WorkspaceFolder(uri, uri));
		}
		return List.of();
	}

	/** Always starts from workspace folders, which {@link #initialize} derives from the root when the client sends none. */
	@Override
	protected boolean clientSupportsWorkspaceFolders() {
		return true;
	}

	/** Publishes each file's diagnostics with the version of the open document they were computed from. */
	@Override
	public void connect(LanguageClient client) {
		super.connect(VersionedDiagnostics.wrap(client, uri -> workspace().version(uriExtensions.toUri(uri))));
	}

	@Override
	public CompletableFuture<?> request(String method, Object parameter) {
		if (!getExtensionProviders().containsKey(method)) {
			throw new ResponseErrorException(
					new ResponseError(ResponseErrorCode.MethodNotFound, "Unsupported method: " + method, null));
		}
		return super.request(method, parameter);
	}

	@Override
	protected Hover hover(HoverParams params, CancelIndicator cancel) {
		return guard().contains(getURI(params), params.getPosition()) ? super.hover(params, cancel)
				: IHoverService.EMPTY_HOVER;
	}

	@Override
	protected Either<List<CompletionItem>, CompletionList> completion(CancelIndicator cancel, CompletionParams params) {
		return guard().contains(getURI(params), params.getPosition()) ? super.completion(cancel, params)
				: Either.forRight(new CompletionList());
	}

	@Override
	protected Either<List<? extends Location>, List<? extends LocationLink>> definition(DefinitionParams params,
			CancelIndicator cancel) {
		return guard().hasModel(getURI(params), params.getPosition()) ? super.definition(params, cancel)
				: Either.forLeft(List.of());
	}

	@Override
	protected List<? extends Location> references(ReferenceParams params, CancelIndicator cancel) {
		return guard().hasModel(getURI(params), params.getPosition()) ? super.references(params, cancel) : List.of();
	}

	@Override
	protected List<? extends DocumentHighlight> documentHighlight(DocumentHighlightParams params, CancelIndicator cancel) {
		return guard().hasModel(getURI(params), params.getPosition()) ? super.documentHighlight(params, cancel)
				: List.of();
	}

	@Override
	protected List<Either<Command, CodeAction>> codeAction(CodeActionParams params, CancelIndicator cancel) {
		Range range = params.getRange();
		return guard().contains(getURI(params.getTextDocument()), range.getStart()) ? super.codeAction(params, cancel)
				: List.of();
	}

	@Override
	protected Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepareRename(PrepareRenameParams params,
			CancelIndicator cancel) {
		return guard().hasModel(getURI(params), params.getPosition()) ? super.prepareRename(params, cancel) : null;
	}

	@Override
	protected WorkspaceEdit rename(RenameParams params, CancelIndicator cancel) {
		return guard().hasModel(getURI(params.getTextDocument()), params.getPosition()) ? super.rename(params, cancel)
				: null;
	}

	@Override
	protected List<DocumentSymbol> documentSymbol(DocumentSymbolParams params, CancelIndicator cancel) {
		return guard().exists(getURI(params.getTextDocument())) ? super.documentSymbol(params, cancel) : List.of();
	}

	@Override
	protected List<? extends TextEdit> formatting(DocumentFormattingParams params, CancelIndicator cancel) {
		return guard().parses(getURI(params.getTextDocument())) ? super.formatting(params, cancel) : List.of();
	}

	@Override
	protected List<? extends TextEdit> rangeFormatting(DocumentRangeFormattingParams params, CancelIndicator cancel) {
		return guard().parses(getURI(params.getTextDocument())) ? super.rangeFormatting(params, cancel) : List.of();
	}

	@Override
	protected List<FoldingRange> foldingRange(FoldingRangeRequestParams params, CancelIndicator cancel) {
		return guard().exists(getURI(params.getTextDocument())) ? super.foldingRange(params, cancel) : List.of();
	}

	private BerthWorkspaceManager workspace() {
		return (BerthWorkspaceManager) getWorkspaceManager();
	}

	private DocumentGuard guard() {
		return new DocumentGuard(workspace());
	}
}
