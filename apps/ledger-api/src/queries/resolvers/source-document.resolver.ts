import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SourceDocuments } from '@ledger/command-handling';
import { QuoteLocationModel, SourceDocumentModel, SourceModel } from '../models/value.models';

/**
 * A cited document's stored text and PDF, and where a quote stands in it. Reached only through a source of
 * an entry the caller may see, so the entry's access rule and the query's read audit cover the document.
 */
@Resolver(() => SourceDocumentModel)
export class SourceDocumentResolver {
  constructor(private readonly documents: SourceDocuments) {}

  @ResolveField(() => Boolean, { description: 'Of de ledger het document zelf bewaart, onder zijn SHA-256.' })
  async stored(@Parent() document: SourceDocumentModel): Promise<boolean> {
    return (await this.contentOf(document)) !== null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'De bewaarde tekst van het document; leeg als die er niet is.',
  })
  async text(@Parent() document: SourceDocumentModel): Promise<string | null> {
    return (await this.contentOf(document))?.text ?? null;
  }

  @ResolveField(() => String, { nullable: true, description: 'SHA-256 van de bewaarde PDF, als er een is.' })
  async pdfSha256(@Parent() document: SourceDocumentModel): Promise<string | null> {
    return (await this.contentOf(document))?.pdf?.sha256 ?? null;
  }

  @ResolveField(() => String, { nullable: true, description: 'De bewaarde PDF in base64, als er een is.' })
  async pdfBase64(@Parent() document: SourceDocumentModel): Promise<string | null> {
    return (await this.contentOf(document))?.pdf?.base64 ?? null;
  }

  private contentOf(document: SourceDocumentModel) {
    return document.sha256 === null ? Promise.resolve(null) : this.documents.contentOf(document.sha256);
  }
}

@Resolver(() => SourceModel)
export class SourceLocationResolver {
  constructor(private readonly documents: SourceDocuments) {}

  /** Found when the source was recorded; for a source recorded before the ledger located quotes, found now in the same way. */
  @ResolveField(() => QuoteLocationModel, {
    nullable: true,
    description: 'Waar het citaat in het bewaarde document staat; leeg als het document niet bewaard is.',
  })
  async location(@Parent() source: SourceModel): Promise<QuoteLocationModel | null> {
    const found = source.recordedLocation ?? (await this.locateNow(source));
    return found && { start: found.start, end: found.end, page: found.page ?? null, exact: found.exact };
  }

  private async locateNow(source: SourceModel) {
    const find = source.document.sha256 === null ? null : await this.documents.finderOf(source.document.sha256);
    return find?.(source.quote) ?? null;
  }
}
