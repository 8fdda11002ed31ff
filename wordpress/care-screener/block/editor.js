// The Care Screener block in the editor: a placeholder that says what the published page shows,
// and the frame's height in the sidebar. Plain JavaScript on WordPress's own packages, no build
// step. The page itself is rendered on the server (care_screener_render_block), the same frame
// as the [care_screener] shortcode; the editor does not load the widget.
( function ( blocks, element, blockEditor, components, i18n ) {
	var el = element.createElement;
	var __ = i18n.__;
	blocks.registerBlockType( 'care-screener/screener', {
		edit: function ( props ) {
			var height = props.attributes.height || 720;
			return el(
				'div',
				blockEditor.useBlockProps(),
				el(
					blockEditor.InspectorControls,
					null,
					el(
						components.PanelBody,
						{ title: __( 'Frame', 'care-screener' ) },
						el( components.RangeControl, {
							label: __( 'Height in pixels', 'care-screener' ),
							value: height,
							min: 320,
							max: 1600,
							step: 10,
							onChange: function ( value ) {
								props.setAttributes( { height: value || 720 } );
							},
						} )
					)
				),
				el(
					components.Placeholder,
					{
						icon: 'shield',
						label: __( 'Care Screener', 'care-screener' ),
						instructions: __( 'The private check appears here on the published page, in a sandboxed frame ' + height + ' px high. Its settings are under Settings > Care Screener.', 'care-screener' ),
					}
				)
			);
		},
		save: function () {
			return null;
		},
	} );
} )( window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.i18n );
