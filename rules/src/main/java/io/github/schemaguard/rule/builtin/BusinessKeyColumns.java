package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.Schema;
import io.github.schemaguard.model.Table;
import io.github.schemaguard.rule.RuleOption;
import io.github.schemaguard.rule.RuleOptions;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which columns identify a row to the business (order numbers, serial numbers, codes,
 * login names). Shared by every rule about identifiers so they agree on what one is.
 */
final class BusinessKeyColumns {

    static final RuleOption NAME_PATTERNS = new RuleOption("namePatterns",
            "Column name globs (matched on the snake_case name) that mark a business identifier",
            "*_no,*_sn,*_code,*_number,*_nr,no,sn,code,serial_number,username,user_name,login_name,loginname,"
                    + "external_id,external_*_id,ext_id,outer_id,out_id");
    static final RuleOption COMMENT_WORDS = new RuleOption("commentWords",
            "Words in a column comment that mark a business identifier",
            "订单号,订单编号,流水号,编号,编码,单号,唯一,order number,serial number,unique");
    static final RuleOption EXCLUDED_NAMES = new RuleOption("excludedNames",
            "Column name globs that are never business identifiers: codes of other things, types, statuses, "
                    + "counters, positions and points in time",
            "*_time,*_date,*_at,gmt_*,*timestamp,type,*_type,status,*_status,country_code,*_country_code,"
                    + "postal_code,*_postal_code,*_post_code,postcode,zip_code,zipcode,*_zip_code,currency_code,*_currency_code,language_code,"
                    + "lang_code,locale_code,area_code,*_area_code,region_code,province_code,city_code,district_code,"
                    + "*status_code,status_no,type_code,*_type_code,error_code,err_code,error_no,response_code,"
                    + "resp_code,http_code,result_code,return_code,reason_code,color_code,phone_number,"
                    + "mobile_number,telephone_number,phone_no,mobile_no,tel_no,fax_no,id_card_no,id_card_number,"
                    + "id_no,sort_no,sort_number,seq_no,sequence_no,sequence_number,line_no,line_number,item_no,"
                    + "row_no,page_no,page_number,version_no,version_number,revision_no");
    static final List<RuleOption> OPTIONS = List.of(NAME_PATTERNS, COMMENT_WORDS, EXCLUDED_NAMES);

    /** Words that qualify an identifier without naming an entity: {@code out_trade_no} is this row's own. */
    private static final Set<String> IDENTIFIER_WORDS = Set.of("no", "sn", "code", "number", "nr", "id", "name",
            "username", "loginname", "serial", "external", "ext", "out", "outer", "unique", "uniq", "biz",
            "business", "login");
    /**
     * Transactions whose number is the row's own whatever the table is called: {@code t_payment.out_trade_no},
     * {@code t_recharge.flow_no}. Other entities a table is not named after ({@code t_payment.order_no}) may
     * live in another service's database: those numbers are references.
     */
    private static final Set<String> TRANSACTION_WORDS = Set.of("trade", "flow", "txn", "transaction");
    private static final Set<String> EXTERNAL_WORDS = Set.of("external", "ext", "outer");
    /** What follows a type's base name: {@code (32)}, {@code [ ]}, {@code unsigned}. */
    private static final Pattern TYPE_ARGUMENTS = Pattern.compile("[\\s(\\[].*");
    private static final Set<String> NON_KEY_TYPES = Set.of("bool", "boolean", "bit", "float", "float4", "float8",
            "double", "real", "money", "json", "jsonb", "blob", "longblob", "mediumblob", "bytea", "geometry");

    private enum Role { OWN_KEY, TRANSACTION_NUMBER, OTHER }

    private final NamePatterns namePatterns;
    private final List<String> commentWords;
    private final NamePatterns excludedNames;

    private BusinessKeyColumns(NamePatterns namePatterns, List<String> commentWords, NamePatterns excludedNames) {
        this.namePatterns = namePatterns;
        this.commentWords = commentWords;
        this.excludedNames = excludedNames;
    }

    static BusinessKeyColumns from(RuleOptions options) {
        return new BusinessKeyColumns(NamePatterns.of(options.list(NAME_PATTERNS.name())),
                options.list(COMMENT_WORDS.name()).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList(),
                NamePatterns.of(options.list(EXCLUDED_NAMES.name())));
    }

    /** What makes the column look like an identifier ("its name", "its comment '订单号'"), if anything. */
    Optional<String> evidence(Column column) {
        String snake = NameWords.snake(column.name());
        if (excludedNames.matches(snake) || isNonKeyType(column.type())) {
            return Optional.empty();
        }
        boolean byName = namePatterns.matches(snake);
        // A comment alone does not make an *_id column a business key: those are surrogate or foreign keys.
        boolean commentCounts = column.comment() != null && (byName || !snake.equals("id") && !snake.endsWith("_id"));
        String comment = commentCounts ? column.comment().toLowerCase(Locale.ROOT) : "";
        boolean byComment = commentWords.stream().anyMatch(comment::contains);
        if (byName && byComment) {
            return Optional.of("its name and its comment '" + column.comment() + "'");
        }
        if (byName || byComment) {
            return Optional.of(byName ? "its name" : "its comment '" + column.comment() + "'");
        }
        return Optional.empty();
    }

    /**
     * True when the column identifies rows of its own table, rather than copying another entity's key
     * ({@code order_item.order_no}) or describing something else ({@code oms_order.delivery_sn}).
     */
    boolean identifiesOwnRows(Schema schema, Table table, Column column) {
        if (evidence(column).isEmpty() || TableRelations.isEventTable(table)) {
            return false;
        }
        return switch (role(schema, table, column)) {
            case OWN_KEY -> true;
            // A table has one number of its own: next to it, a transaction number is the payment provider's.
            case TRANSACTION_NUMBER -> table.columns().stream().noneMatch(other -> other != column
                    && evidence(other).isPresent() && role(schema, table, other) == Role.OWN_KEY);
            case OTHER -> false;
        };
    }

    /**
     * True when the identifier carries its own table's entity in its name ({@code order_no} in {@code t_order},
     * {@code invoice_number} in {@code invoices}): the number every row gets when it is created. Bare codes and
     * serial numbers ({@code t_recharge.serial_no}) may be assigned later, by a payment callback or a back office.
     */
    boolean isNamedAfterTable(Schema schema, Table table, Column column) {
        return !entityWords(column.name()).isEmpty() && identifiesOwnRows(schema, table, column)
                && role(schema, table, column) == Role.OWN_KEY;
    }

    /**
     * True when {@code column} names the row's parent: another table of the schema ({@code customer_id}) or
     * the entity the table's own name starts with ({@code dict_code} in {@code dict_item}).
     */
    static boolean namesParent(Schema schema, Table table, String column) {
        List<String> entity = entityWords(column);
        return TableRelations.namesOtherTable(schema, table, entity)
                || NameWords.containsBeforeEnd(NameWords.entityOf(table), entity);
    }

    private Role role(Schema schema, Table table, Column column) {
        if (table.isReferencedByForeignKey(column.name()) || isOptionalExternalId(column)) {
            return Role.OTHER;
        }
        List<String> entity = entityWords(column.name());
        List<String> tableEntity = NameWords.entityOf(table);
        if (entity.isEmpty()) {
            // A bare code or sn in a child or copy table is the parent's, or unique only within the parent.
            return TableRelations.extendsOtherTable(schema, table) ? Role.OTHER : Role.OWN_KEY;
        }
        if (NameWords.endsWith(tableEntity, entity) || NameWords.abbreviates(entity, tableEntity)) {
            // tax_code in fees_taxes names the taxes table, not the fee.
            return tableEntity.size() > entity.size() && TableRelations.isOtherTable(schema, table, entity)
                    ? Role.OTHER : Role.OWN_KEY;
        }
        if (namesParent(schema, table, column.name())) {
            return Role.OTHER;
        }
        return TRANSACTION_WORDS.contains(NameWords.singular(entity.get(entity.size() - 1)))
                ? Role.TRANSACTION_NUMBER : Role.OTHER;
    }

    /** An id another system may or may not send is a correlation handle, not what the business finds rows by. */
    private static boolean isOptionalExternalId(Column column) {
        return column.nullable() && NameWords.of(column.name()).stream().anyMatch(EXTERNAL_WORDS::contains);
    }

    /** The words of a column name that name an entity: {@code [order]} for {@code order_no}. */
    private static List<String> entityWords(String column) {
        return NameWords.of(column).stream().filter(w -> !IDENTIFIER_WORDS.contains(w)).toList();
    }

    private static boolean isNonKeyType(String type) {
        if (type == null) {
            return false;
        }
        String base = TYPE_ARGUMENTS.matcher(type.toLowerCase(Locale.ROOT)).replaceFirst("");
        return NON_KEY_TYPES.contains(base) || type.contains("[]")
                || base.matches("decimal|numeric") && type.matches(".*,\\s*[1-9].*");
    }
}
