package io.xwindow.xcomponent.dom;

import elemental2.dom.Window;

/**
 * The DOM work of one rendered instance, behind the few calls the render pipeline (and later a
 * framework driver) makes. {@link FrameView} renders into an iframe in a container, {@link
 * ModalView} into one in a modal dialog, {@link PopupView} into a popup.
 */
public interface View {
  /** The child's window: the frame's window or the popup, before and after it navigates. */
  Window window();

  /**
   * Names the child's window {@code name}, before it loads the child (the window is still blank,
   * on this origin): zoid's dialect writes a name only once the window exists.
   */
  void rename(String name);

  /** Loads the child at {@code url}. */
  void load(String url);

  /** The child said it is ready: swap the prerender for the child. */
  void rendered();

  /** Sets the size; each of {@code width}, {@code height} is a CSS length, or null to keep. */
  void resize(String width, String height);

  void show();

  void hide();

  void focus();

  /**
   * Why the child is gone, when it is gone without xcomponent closing it (one of {@link
   * io.xwindow.xcomponent.constant.CloseReason}), else null.
   */
  String gone();

  /** Removes what the view added to the page, and closes the popup. */
  void remove();
}
