package io.github.schemaguard.source.app;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The values of annotation attributes as the compiler would see them: string literals, text blocks,
 * concatenations and {@code String[]} arrays (joined by a space, as MyBatis joins them), and
 * {@code static final String} constants of the annotated type or its enclosing types. Anything else
 * (a constant of another class, a method call) has no value here: the caller skips the statement.
 */
final class AnnotationStrings {
    /** Constants referring to constants: deeper than this is a cycle the compiler would reject anyway. */
    private static final int MAX_DEPTH = 16;

    private AnnotationStrings() {
    }

    static Optional<Expression> attribute(AnnotationExpr annotation, String name) {
        if (annotation instanceof SingleMemberAnnotationExpr single) {
            return "value".equals(name) ? Optional.of(single.getMemberValue()) : Optional.empty();
        }
        if (annotation instanceof NormalAnnotationExpr normal) {
            return normal.getPairs().stream().filter(p -> p.getNameAsString().equals(name))
                    .map(p -> p.getValue()).findFirst();
        }
        return Optional.empty();
    }

    static boolean isTrue(AnnotationExpr annotation, String name) {
        return attribute(annotation, name)
                .filter(Expression::isBooleanLiteralExpr)
                .map(e -> e.asBooleanLiteralExpr().getValue())
                .orElse(false);
    }

    /** The attribute's text, or empty when it is absent or not a compile-time string this class can evaluate. */
    static Optional<String> text(AnnotationExpr annotation, String name) {
        return attribute(annotation, name).flatMap(value -> value instanceof ArrayInitializerExpr array
                ? joined(array) : evaluate(value, 0));
    }

    private static Optional<String> joined(ArrayInitializerExpr array) {
        List<String> parts = new ArrayList<>();
        for (Expression value : array.getValues()) {
            Optional<String> part = evaluate(value, 0);
            if (part.isEmpty()) {
                return Optional.empty();
            }
            parts.add(part.get());
        }
        return Optional.of(String.join(" ", parts));
    }

    private static Optional<String> evaluate(Expression expression, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (expression instanceof StringLiteralExpr || expression instanceof TextBlockLiteralExpr) {
            return Optional.of(literal((LiteralStringValueExpr) expression));
        }
        if (expression instanceof EnclosedExpr enclosed) {
            return evaluate(enclosed.getInner(), depth);
        }
        if (expression instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
            return evaluate(binary.getLeft(), depth)
                    .flatMap(left -> evaluate(binary.getRight(), depth).map(right -> left + right));
        }
        if (expression instanceof NameExpr name) {
            return constant(expression, null, name.getNameAsString(), depth);
        }
        if (expression instanceof FieldAccessExpr access) {
            return constant(expression, access.getScope().toString(), access.getNameAsString(), depth);
        }
        return Optional.empty();
    }

    private static String literal(LiteralStringValueExpr literal) {
        return literal instanceof TextBlockLiteralExpr block ? block.asString()
                : ((StringLiteralExpr) literal).asString();
    }

    /** A constant {@code name} of the type named {@code typeName} (any, if null) that encloses {@code usage}. */
    private static Optional<String> constant(Node usage, String typeName, String name, int depth) {
        for (Node node = usage; node != null; node = node.getParentNode().orElse(null)) {
            if (node instanceof TypeDeclaration<?> type && (typeName == null || typeName.equals(type.getNameAsString())
                    || type.getFullyQualifiedName().filter(typeName::equals).isPresent())) {
                Optional<String> value = constantOf(type, name, depth);
                if (value.isPresent() || typeName != null) {
                    return value;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> constantOf(TypeDeclaration<?> type, String name, int depth) {
        boolean implicitlyConstant = type.isClassOrInterfaceDeclaration()
                && type.asClassOrInterfaceDeclaration().isInterface();
        for (FieldDeclaration field : type.getFields()) {
            if (!implicitlyConstant && !(field.isStatic() && field.isFinal())) {
                continue;
            }
            for (VariableDeclarator variable : field.getVariables()) {
                if (variable.getNameAsString().equals(name)) {
                    return variable.getInitializer().flatMap(init -> evaluate(init, depth + 1));
                }
            }
        }
        return Optional.empty();
    }
}
