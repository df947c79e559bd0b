package dev.berth.parsing;

import java.math.BigDecimal;
import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;

/** Converts the text of numbers to values: decimals to {@link BigDecimal}, counts to {@link Integer}. */
public class BerthValueConverterService extends DefaultTerminalConverters {

	@ValueConverter(rule = "Number")
	public IValueConverter<BigDecimal> Number() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected BigDecimal internalToValue(String text, INode node) {
				return new BigDecimal(text.strip());
			}

			@Override
			protected String internalToString(BigDecimal value) {
				return value.toPlainString();
			}
		};
	}

	@ValueConverter(rule = "Count")
	public IValueConverter<Integer> Count() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected Integer internalToValue(String text, INode node) {
				try {
					return Integer.valueOf(text.strip());
				} catch (NumberFormatException e) {
					throw new ValueConverterException("the number " + text.strip() + " is too large", node, e);
				}
			}

			@Override
			protected String internalToString(Integer value) {
				return value.toString();
			}
		};
	}
}
