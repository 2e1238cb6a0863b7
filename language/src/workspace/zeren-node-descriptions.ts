import type { AstNode, AstNodeDescription, AstNodeLocator, DocumentSegment, LangiumDocument, NameProvider, URI } from 'langium';
import { AstUtils, CstUtils, DefaultAstNodeDescriptionProvider } from 'langium';

/**
 * Langium's descriptions of named nodes, as instances of one class whose node path and ranges are
 * computed when first read. Linking describes every declaration a scope offers, while only the
 * ones a reference resolves to have their path read (by the reference index) and no Langium
 * service reads the selection range. Langium's own descriptions are object literals whose getter
 * closes over local state, which V8 keeps as slow dictionary objects.
 */
export class ZerenAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const uri = (document ?? AstUtils.getDocument(node)).uri;
        name ??= this.nameProvider.getName(node);
        if (!name) throw new Error(`Node at path ${this.astNodeLocator.getAstNodePath(node)} has no name.`);
        return new NodeDescription(node, name, uri, this.astNodeLocator, this.nameProvider);
    }
}

class NodeDescription implements AstNodeDescription {
    readonly type: string;
    private pathFound: string | undefined = undefined;
    private selectionFound: DocumentSegment | undefined = undefined;
    private nameFound: DocumentSegment | undefined = undefined;

    constructor(
        readonly node: AstNode,
        readonly name: string,
        readonly documentUri: URI,
        private readonly locator: AstNodeLocator,
        private readonly names: NameProvider,
    ) {
        this.type = node.$type;
    }

    get path(): string {
        return (this.pathFound ??= this.locator.getAstNodePath(this.node));
    }

    get selectionSegment(): DocumentSegment | undefined {
        return (this.selectionFound ??= CstUtils.toDocumentSegment(this.node.$cstNode));
    }

    get nameSegment(): DocumentSegment | undefined {
        return (this.nameFound ??= CstUtils.toDocumentSegment(this.names.getNameNode(this.node) ?? this.node.$cstNode));
    }
}
